namespace CivBot.Core.Engine;

using System.Text;
using System.Text.RegularExpressions;
using CivBot.Core.Ai;
using CivBot.Core.Replies;

/// <summary>The engine's words about AI drafts (kept apart from <see cref="Texts"/>).</summary>
internal static partial class AiTexts
{
    public const string NotSetUp =
        "AI drafts are not set up here (the host has no AI model configured). Everything else works as usual: /help.";

    public const string Off =
        "AI drafts are off for this group. Anyone can propose turning them on with /ai on; the group decides.";

    public static string Status(AiState? ai, string model) =>
        ai switch
        {
            { On: true } =>
                $"AI drafts are on ({model}). /draft [#N] asks for a summary and options; a steward turns them off with /ai off.",
            { Vote: { } } => "A vote on AI drafts is open. /object ai <reason> to stop it.",
            _ => Off,
        };

    public static string VoteWhat(string model) =>
        $"turn on AI drafts: /draft would send a loop's receipts (handles and recorded texts, never phone numbers) to {model}";

    public const string VoteWhy =
        "Drafts are checked against the receipts first and count only when someone adopts one.";

    public const string TurnedOn =
        "AI drafts are on. /draft [#N] asks for a summary and up to 3 options, checked against the receipts.";

    public static string Asked(int loop) =>
        $"Asking the AI for a draft of #{loop}. It is checked against the receipts before anyone sees it.";

    public static string Failed(int loop, DraftFailure failure) =>
        failure switch
        {
            DraftFailure.TimedOut =>
                $"The AI took too long on #{loop}, so there is no draft. Try /draft #{loop} again later.",
            DraftFailure.Unavailable =>
                $"The AI could not be reached for #{loop}, so there is no draft. Try /draft #{loop} again later.",
            _ =>
                $"The AI draft for #{loop} was not reliable (it did not match the receipts), so it is not shown. Try /draft #{loop} again.",
        };

    /// <summary>The draft as the group sees it: marked as AI, each sentence with its receipts, options numbered.</summary>
    public static Reply Draft(int loop, int serial, Draft draft)
    {
        var sb = new StringBuilder();
        sb.Append($"📝 DRAFT — AI, not a receipt · #{loop}\n");
        foreach (var line in draft.Summary)
            sb.Append("• ").Append(WithCites(line)).Append('\n');
        if (draft.Options.Count > 0)
        {
            sb.Append("Options:\n");
            for (var i = 0; i < draft.Options.Count; i++)
                sb.Append($"{i + 1}. ").Append(Plain(draft.Options[i].Text)).Append('\n');
            sb.Append("To use one: /propose draft <number>. Nothing counts until someone does.");
        }
        else
            sb.Append("No options drafted. Propose your own with /propose <option>.");
        var buttons = draft
            .Options.Select(
                (_, i) => new ReplyButton($"Propose this ({i + 1})", $"d:{serial}:{i + 1}")
            )
            .ToList();
        return new Reply(sb.ToString(), buttons);
    }

    /// <summary>An option's text as proposed: without any r#N the model wrote into it.</summary>
    public static string Plain(string text) =>
        Spaces().Replace(ReceiptRef().Replace(text, ""), " ").Trim();

    private static string WithCites(DraftLine line) =>
        line.Cites.Count == 0
            ? Plain(line.Text)
            : Plain(line.Text) + " " + string.Join(' ', line.Cites.Select(c => $"r#{c}"));

    [GeneratedRegex(@"\(?\br#\d+\)?", RegexOptions.IgnoreCase)]
    private static partial Regex ReceiptRef();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
