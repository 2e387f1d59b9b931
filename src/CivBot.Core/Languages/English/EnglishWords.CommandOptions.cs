namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    protected override IReadOnlyDictionary<string, string> ChoiceNames { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> OptionDescriptions { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["loop"] = "Which loop (#N); the latest open one when left out",
            ["ask.need"] = "What is needed",
            ["add.text"] = "The context or link",
            ["propose.option"] = "Your proposal",
            ["vote.choice"] = "The option number",
            ["object.reason"] = "Why",
            ["spend.amount"] = "How much, e.g. 6.40",
            ["spend.currency"] = "e.g. USD",
            ["spend.what"] = "What it paid for",
            ["done.outcome"] = "What happened",
            ["audit.verdict"] = "ok or flag",
            ["audit.note"] = "Your note or the problem",
            ["check.what"] = "What you checked",
            ["optout.what"] = "A role name, or group",
            ["optin.what"] = "A role name, or group",
            ["name.name"] = "Your name",
            ["join.code"] = "The join code",
            ["withdraw.why"] = "Why, in a few words",
            ["improve.text"] = "What to do better",
            ["timezone.zone"] = "An IANA name, e.g. America/Chicago",
            ["flow.id"] = "A flow id from /flows, e.g. urgent-ride",
            ["flow-command.need"] =
                "What is needed (leave empty to move your new ask to this flow)",
            ["publish.options"] = "Optional: a readable name, and/or evidence",
            ["ai.switch"] = "on or off",
            ["link.code"] = "Empty for a new code; the other chat's code; or confirm",
            ["me.action"] = "link, link <code>, or unlink",
            ["language.code"] = "en or es",
        };
}
