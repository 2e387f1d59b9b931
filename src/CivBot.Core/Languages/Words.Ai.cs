namespace CivBot.Core.Languages;

using CivBot.Core.Ai;

/// <summary>AI drafts: <c>/ai on|off</c>, <c>/draft</c>, the draft as the group sees it, and adopting one of its options.</summary>
public abstract partial class Words
{
    public abstract string AiNotSetUp { get; }

    public abstract string AiOff { get; }

    public abstract string AiOn(string model);

    public abstract string AiVoteOpen { get; }

    /// <summary>What the vote decides, after "proposes to".</summary>
    public abstract string AiVoteWhat(string model);

    public abstract string AiVoteWhy { get; }

    public abstract string AiTurnedOn { get; }

    public abstract string AiAlreadyOn { get; }

    public abstract string AiVoteAlreadyOpen(Moment passes);

    public abstract string AiAlreadyOff { get; }

    public abstract string OnlyStewardTurnsAiOff { get; }

    public abstract string AiTurnedOff(string who);

    public abstract string DraftAsked(int loop);

    public abstract string DraftOnItsWay(int loop);

    public abstract string DraftTooSoon(Moment again);

    public abstract string DraftFailed(int loop, DraftFailure failure);

    /// <summary>The first line of a draft: it is AI, not a receipt.</summary>
    public abstract string DraftHead(int loop);

    public abstract string DraftOptions { get; }

    public abstract string DraftHowToAdopt { get; }

    public abstract string DraftWithoutOptions { get; }

    public abstract string ProposeThisButton(int option);

    public abstract string NotTheLatestDraft(int loop);

    public abstract string NoDraftToAdopt { get; }

    public abstract string DraftHasNoOptions { get; }

    public abstract string DraftOptionsRange(int options);
}
