namespace CivBot.Core.Languages;

/// <summary>Why a display name can't be used (<c>/name</c>), named in the refusal.</summary>
public enum NameProblem
{
    Invisible,
    Markup,
    PhoneNumber,
    TooLong,
    NoLetters,
    LooksLikeTheBot,
    LooksLikeAMember,
}
