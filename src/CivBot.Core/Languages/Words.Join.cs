namespace CivBot.Core.Languages;

/// <summary>Joining by SMS, names, and one person's accounts on several channels (<c>/me link</c>). Short: SMS costs.</summary>
public abstract partial class Words
{
    public abstract string HowToJoin(string code);

    public abstract string JoinWelcome(string handle);

    public abstract string JoinedBySms(string handle);

    public abstract string JoinNoCode { get; }

    public abstract string JoinWrongCode { get; }

    public abstract string NameMissing { get; }

    /// <param name="sms">Over SMS commands are words (NAME Dana); in a chat they are slash commands (/name Dana).</param>
    public abstract string NameRefused(string why, string variant, bool sms);

    public abstract string Named(string handle);

    public abstract string MeUsage { get; }

    public abstract string MeYourCode(string code);

    public abstract string MeCodeSent { get; }

    public abstract string MeWrongCode { get; }

    public abstract string MeAlreadyOne { get; }

    public abstract string MeBusy { get; }

    public abstract string MeMerged(string handle);

    public abstract string MeNotMerged { get; }

    public abstract string MeSplit { get; }
}
