namespace CivBot.Core.Engine;

using System.Globalization;
using CivBot.Core.Privacy;

/// <summary>
/// Who is who: a display name never poses as the bot or as another member, and never hides anything. Names are
/// compared by their look (<see cref="Confusables.Skeleton"/>), so "Аnn" (Cyrillic А) is taken when Ann is here.
/// </summary>
internal static class HandleRules
{
    public const string BotName = "CivBot";

    private const int MaxLength = 40;

    private static readonly string[] BotSkeletons =
    [
        Confusables.Skeleton(BotName),
        Confusables.Skeleton("bot"),
        Confusables.Skeleton("CivBot bot"),
    ];

    private static readonly System.Buffers.SearchValues<char> Markup =
        System.Buffers.SearchValues.Create("<>`*[]{}\\~|");

    /// <summary>Why a name can't be used, or null when it can.</summary>
    public static string? Problem(string name, IEnumerable<string> othersHandles)
    {
        if (name.Any(c => char.IsControl(c) || TextHygiene.IsInvisible(c)))
            return "it holds invisible or direction-changing characters that could make it look like someone else";
        if (
            name.AsSpan().IndexOfAny(Markup) >= 0
            || name.StartsWith('@')
            || name.StartsWith('/')
            || name.Contains("://", StringComparison.Ordinal)
        )
            return "names can't hold formatting, links, mentions or commands";
        if (
            PersonalData.SafeHandle(name) == "member"
            && !name.Equals("member", StringComparison.OrdinalIgnoreCase)
        )
            return "a name can't carry a phone number";
        if (name.Length > MaxLength)
            return $"names can be at most {MaxLength} characters";
        var skeleton = Confusables.Skeleton(name);
        if (skeleton.Length == 0)
            return "it has no visible letters";
        if (IsBotLike(skeleton))
            return $"it could be mistaken for me, the bot ({BotName})";
        var taken = othersHandles.FirstOrDefault(h => Confusables.Skeleton(h) == skeleton);
        if (taken is not null)
            return $"it looks the same as {taken}, who is already in this group";
        return null;
    }

    /// <summary>A free name close to what was asked for, for the refusal to suggest.</summary>
    public static string Variant(string wanted, IReadOnlyCollection<string> othersHandles)
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
            cleaned = "Neighbour";
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
