namespace CivBot.Core.Languages;

using CivBot.Core.Ai;

internal sealed partial class EnglishWords
{
    public override string AiNotSetUp =>
        "AI drafts are not set up here (the host has no AI model configured). Everything else works as usual: /help.";

    public override string AiOff =>
        "AI drafts are off for this group. Anyone can propose turning them on with /ai on; the group decides.";

    public override string AiOn(string model) =>
        $"AI drafts are on ({model}). /draft [#N] asks for a summary and options; a steward turns them off with /ai off.";

    public override string AiVoteOpen =>
        "A vote on AI drafts is open. /object ai <reason> to stop it.";

    public override string AiVoteWhat(string model) =>
        $"turn on AI drafts: /draft would send a loop's receipts (handles and recorded texts, never phone numbers) to {model}";

    public override string AiVoteWhy =>
        "Drafts are checked against the receipts first and count only when someone adopts one.";

    public override string AiTurnedOn =>
        "AI drafts are on. /draft [#N] asks for a summary and up to 3 options, checked against the receipts.";

    public override string AiAlreadyOn =>
        "AI drafts are already on here. /draft [#N] asks for one.";

    public override string AiVoteAlreadyOpen(Moment passes) =>
        $"A vote on AI drafts is already open; it passes {When(passes)} unless someone objects with /object ai <reason>.";

    public override string AiAlreadyOff =>
        "AI drafts are already off here. Anyone can propose them with /ai on.";

    public override string OnlyStewardTurnsAiOff =>
        "Only a steward or a chat admin can turn AI drafts off (a steward of an open loop, or the latest one when none is open).";

    public override string AiTurnedOff(string who) =>
        $"{who} turned AI drafts off. Anyone can propose them again with /ai on.";

    public override string DraftAsked(int loop) =>
        $"Asking the AI for a draft of #{loop}. It is checked against the receipts before anyone sees it.";

    public override string DraftOnItsWay(int loop) =>
        $"A draft of #{loop} is on its way; one at a time per group.";

    public override string DraftTooSoon(Moment again) =>
        $"One draft every few minutes per group: try /draft again {When(again)}.";

    public override string DraftFailed(int loop, DraftFailure failure) =>
        failure switch
        {
            DraftFailure.TimedOut =>
                $"The AI took too long on #{loop}, so there is no draft. Try /draft #{loop} again later.",
            DraftFailure.Unavailable =>
                $"The AI could not be reached for #{loop}, so there is no draft. Try /draft #{loop} again later.",
            _ =>
                $"The AI draft for #{loop} was not reliable (it did not match the receipts), so it is not shown. Try /draft #{loop} again.",
        };

    public override string DraftHead(int loop) => $"📝 DRAFT — AI, not a receipt · #{loop}";

    public override string DraftOptions => "Options:";

    public override string DraftHowToAdopt =>
        "To use one: /propose draft <number>. Nothing counts until someone does.";

    public override string DraftWithoutOptions =>
        "No options drafted. Propose your own with /propose <option>.";

    public override string ProposeThisButton(int option) => $"Propose this ({option})";

    public override string NotTheLatestDraft(int loop) =>
        $"That is not the latest draft. The latest is for #{loop}: /propose draft 1 adopts its first option.";

    public override string NoDraftToAdopt =>
        "There is no AI draft to adopt right now. /draft asks for one.";

    public override string DraftHasNoOptions =>
        "The draft has no options. Propose your own with /propose <option>.";

    public override string DraftOptionsRange(int options) =>
        $"The draft has options 1 to {options}: /propose draft 1 adopts the first.";
}
