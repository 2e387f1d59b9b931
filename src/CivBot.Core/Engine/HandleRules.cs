namespace CivBot.Core.Engine;

using System.Globalization;
using CivBot.Core.Languages;
using CivBot.Core.Privacy;

/// <summary>Why a name can't be used; <paramref name="LookAlike"/> is the member it looks like.</summary>
internal readonly record struct NameRefusal(NameProblem Problem, string LookAlike = "")
{
    /// <summary>The reason in the reader's words, as the refusal says it.</summary>
    public string In(Words w) =>
        w.NameProblemText(Problem, LookAlike, HandleRules.BotName, HandleRules.MaxLength);
}

/// <summary>
/// Who is who: a display name never poses as the bot or as another member, and never hides anything. Names are
/// compared by their look (<see cref="Confusables.Skeleton"/>), so "Аnn" (Cyrillic А) is taken when Ann is here.
/// </summary>
internal static class HandleRules
{
    public const string BotName = "CivBot";

    public const int MaxLength = 40;

    private static readonly string[] BotSkeletons =
    [
        Confusables.Skeleton(BotName),
        Confusables.Skeleton("bot"),
        Confusables.Skeleton("CivBot bot"),
    ];

    private static readonly System.Buffers.SearchValues<char> Markup =
        System.Buffers.SearchValues.Create("<>`*[]{}\\~|");

    /// <summary>Why a name can't be used, or null when it can.</summary>
    public static NameRefusal? Problem(string name, IEnumerable<string> othersHandles)
    {
        if (name.Any(c => char.IsControl(c) || TextHygiene.IsInvisible(c)))
            return new(NameProblem.Invisible);
        if (
            name.AsSpan().IndexOfAny(Markup) >= 0
            || name.StartsWith('@')
            || name.StartsWith('/')
            || name.Contains("://", StringComparison.Ordinal)
        )
            return new(NameProblem.Markup);
        if (
            PersonalData.SafeHandle(name) == "member"
            && !name.Equals("member", StringComparison.OrdinalIgnoreCase)
        )
            return new(NameProblem.PhoneNumber);
        if (name.Length > MaxLength)
            return new(NameProblem.TooLong);
        var skeleton = Confusables.Skeleton(name);
        if (skeleton.Length == 0)
            return new(NameProblem.NoLetters);
        if (IsBotLike(skeleton))
            return new(NameProblem.LooksLikeTheBot);
        var taken = othersHandles.FirstOrDefault(h => Confusables.Skeleton(h) == skeleton);
        if (taken is not null)
            return new(NameProblem.LooksLikeAMember, taken);
        return null;
    }

    /// <summary>
    /// A free name close to what was asked for, for the refusal to suggest; <paramref name="fallback"/> (the
    /// catalogue's <see cref="Words.SuggestedName"/>) when nothing of it can be kept.
    /// </summary>
    public static string Variant(
        string wanted,
        IReadOnlyCollection<string> othersHandles,
        string fallback
    )
    {
        var cleaned = new string(
            wanted
                .Where(c =>
                    !char.IsControl(c) && !TextHygiene.IsInvisible(c) && !Markup.Contains(c)
                )
                .ToArray()
        )
            .TrimStart('@', '/')
            .Trim();
        // Never suggest a disguise: "Аnn" (Cyrillic А) is offered as plain "Ann …", not as itself.
        cleaned = Confusables.AsciiSpelling(cleaned) ?? cleaned;
        if (
            cleaned.Length == 0
            || cleaned.Length > MaxLength - 3
            || IsBotLike(Confusables.Skeleton(cleaned))
            || PersonalData.SafeHandle(cleaned) == "member"
            || cleaned.Contains("://", StringComparison.Ordinal)
        )
            cleaned = fallback;
        if (Problem(cleaned, othersHandles) is null)
            return cleaned;
        for (var n = 2; ; n++)
        {
            var candidate = $"{cleaned} {n.ToString(CultureInfo.InvariantCulture)}";
            if (Problem(candidate, othersHandles) is null)
                return candidate;
        }
    }

    private static bool IsBotLike(string skeleton) =>
        BotSkeletons.Contains(skeleton)
        || skeleton.Contains(BotSkeletons[0], StringComparison.Ordinal);
}
