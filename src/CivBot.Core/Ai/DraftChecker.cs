namespace CivBot.Core.Ai;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivBot.Core.Receipts;

/// <summary>
/// Checks a model's draft against the group's own record before anyone sees it. No model in it: the answer must be
/// the JSON asked for; every cite a receipt of the loop; every double-quoted span word for word in a receipt the
/// sentence cites; every vote count CivBot's own tally; every amount a recorded spend or CivBot's total; and every
/// other number one the cited receipts hold. The first problem fails the whole draft.
/// </summary>
public static partial class DraftChecker
{
    public const int MaxSummary = 4;
    public const int MaxOptions = 3;
    public const int MaxSummaryChars = 300;
    public const int MaxOptionChars = 200;

    public static DraftCheck Check(DraftRequest request, string answer)
    {
        Draft draft;
        try
        {
            if (Parse(answer) is not { } parsed)
                return DraftCheck.Fail("the answer is not the JSON shape asked for");
            draft = parsed;
        }
        catch (JsonException)
        {
            return DraftCheck.Fail("the answer is not JSON");
        }
        if (draft.Summary.Count is 0 or > MaxSummary)
            return DraftCheck.Fail($"the summary has {draft.Summary.Count} sentences");
        if (draft.Options.Count > MaxOptions)
            return DraftCheck.Fail($"the draft has {draft.Options.Count} options");
        var receipts = request.Receipts.ToDictionary(r => r.Seq);
        foreach (var line in draft.Summary)
        {
            if (Problem(request, receipts, line, MaxSummaryChars, citesRequired: true) is { } p)
                return DraftCheck.Fail(p);
        }
        foreach (var line in draft.Options)
        {
            if (Problem(request, receipts, line, MaxOptionChars, citesRequired: false) is { } p)
                return DraftCheck.Fail(p);
        }
        return DraftCheck.Pass(draft);
    }

    private static Draft? Parse(string answer)
    {
        using var doc = JsonDocument.Parse(answer);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return null;
        if (
            !root.TryGetProperty("summary", out var summary)
            || !root.TryGetProperty("options", out var options)
        )
            return null;
        var s = Lines(summary);
        var o = Lines(options);
        return s is null || o is null ? null : new Draft(s, o);
    }

    private static List<DraftLine>? Lines(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
            return null;
        var lines = new List<DraftLine>();
        foreach (var item in array.EnumerateArray())
        {
            if (
                item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("text", out var text)
                || text.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("cites", out var cites)
                || cites.ValueKind != JsonValueKind.Array
            )
                return null;
            var seqs = new List<long>();
            foreach (var cite in cites.EnumerateArray())
            {
                if (cite.ValueKind != JsonValueKind.Number || !cite.TryGetInt64(out var seq))
                    return null;
                if (!seqs.Contains(seq))
                    seqs.Add(seq);
            }
            var clean = string.Join(
                ' ',
                (text.GetString() ?? "").Split(
                    (char[])[' ', '\n', '\r', '\t'],
                    StringSplitOptions.RemoveEmptyEntries
                )
            );
            if (clean.Length == 0)
                return null;
            lines.Add(new DraftLine(clean, seqs));
        }
        return lines;
    }

    private static string? Problem(
        DraftRequest request,
        Dictionary<long, DraftReceipt> receipts,
        DraftLine line,
        int maxChars,
        bool citesRequired
    )
    {
        if (line.Text.Length > maxChars)
            return $"a sentence is longer than {maxChars} characters";
        foreach (var cite in line.Cites.Where(c => !receipts.ContainsKey(c)))
            return $"it cites r#{cite}, which is not a receipt of #{request.Facts.Loop}";
        if (citesRequired && line.Cites.Count == 0)
            return "a summary sentence cites no receipt";
        var cited = line.Cites.Select(c => receipts[c]).ToList();
        // Checked spans are blanked (same length) so later rules do not read them again.
        var text = new StringBuilder(line.Text.Replace('“', '"').Replace('”', '"'));
        if (Quotes(text, cited) is { } misquote)
            return misquote;
        SpelledOut(text);
        return References(text, line, request.Facts)
            ?? Amounts(text, request)
            ?? VoteCounts(text, request.Facts, cited)
            ?? OptionNumbers(text, request.Facts)
            ?? OtherNumbers(text, cited);
    }

    /// <summary>
    /// Counts and amounts spelled out in words ("three votes", "no objections", "ten dollars") become digits, so the same
    /// checks hold them to CivBot's tally and spends: an inverted count in words fails like one in digits.
    /// </summary>
    private static void SpelledOut(StringBuilder text)
    {
        var rewritten = CountWords()
            .Replace(
                text.ToString(),
                m =>
                {
                    var n = Array.IndexOf(NumberWords, m.Groups["n"].Value.ToLowerInvariant());
                    var value = n < 0 ? 0 : n; // "no" counts as zero
                    var noun = m.Groups["noun"].Value;
                    return noun.ToLowerInvariant() switch
                    {
                        "dollar" or "dollars" => $"${value}",
                        "euro" or "euros" => $"€{value}",
                        "pound" or "pounds" => $"£{value}",
                        _ => $"{value} {noun}",
                    };
                }
            );
        text.Clear().Append(rewritten);
    }

    private static readonly string[] NumberWords =
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];

    private static string? Quotes(StringBuilder text, List<DraftReceipt> cited)
    {
        var s = text.ToString();
        if (s.Count(c => c == '"') % 2 != 0)
            return "a quotation mark is not closed";
        foreach (Match m in Quoted().Matches(s))
        {
            var span = Squash(m.Groups[1].Value);
            if (span.Length == 0)
                continue;
            if (
                !cited.Any(r =>
                    Squash(r.Summary).Contains(span, StringComparison.OrdinalIgnoreCase)
                )
            )
                return $"\"{span}\" is not word for word in a receipt the sentence cites";
            Blank(text, m);
        }
        return null;
    }

    private static string? References(StringBuilder text, DraftLine line, DraftFacts facts)
    {
        foreach (Match m in ReceiptRef().Matches(text.ToString()))
        {
            if (
                !long.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var seq)
                || !line.Cites.Contains(seq)
            )
                return $"it names r#{m.Groups[1].Value} without citing it";
            Blank(text, m);
        }
        foreach (Match m in LoopRef().Matches(text.ToString()))
        {
            if (m.Groups[1].Value != facts.Loop.ToString(CultureInfo.InvariantCulture))
                return $"it names #{m.Groups[1].Value}, not this loop";
            Blank(text, m);
        }
        return null;
    }

    private static string? Amounts(StringBuilder text, DraftRequest request)
    {
        foreach (Match m in Amount().Matches(text.ToString()))
        {
            var currency = m.Groups["sym"].Success
                ? m.Groups["sym"].Value switch
                {
                    "€" => "EUR",
                    "£" => "GBP",
                    _ => "USD",
                }
                : (m.Groups["pre"].Success ? m.Groups["pre"] : m.Groups["post"]).Value;
            if (Currencies.MinorUnit(currency) is null)
                continue;
            var amount = Number(m.Groups["n"].Value);
            var known = request
                .Receipts.Where(r => r.Currency == currency && r.Amount is not null)
                .Select(r => r.Amount!.Value)
                .Concat(request.Facts.Spent.TryGetValue(currency, out var total) ? [total] : []);
            if (amount is null || !known.Contains(amount.Value))
                return $"it says {m.Value.Trim()}, which is no spend or total CivBot recorded";
            Blank(text, m);
        }
        return null;
    }

    private static string? VoteCounts(
        StringBuilder text,
        DraftFacts facts,
        List<DraftReceipt> cited
    )
    {
        var s = text.ToString();
        foreach (Match m in VoteCount().Matches(s))
        {
            var count = Int(m.Groups[1].Value);
            var option = OptionRef().Match(Clause(s, m.Index));
            int? n = option.Success ? Int(option.Groups[1].Value) : null;
            if (n is not null && facts.Options.All(o => o.Number != n))
                return $"it names option {n}, which #{facts.Loop} does not have";
            if (facts.VoteOpen)
            {
                if (
                    n is not null
                    && facts.Options.First(o => o.Number == n).Votes is var votes
                    && votes != count
                )
                    return $"it gives option {n} {count} vote(s); the tally says {votes}";
                if (n is null && count != facts.Ballots && facts.Options.All(o => o.Votes != count))
                    return $"it counts {count} vote(s), which matches nothing in the tally";
            }
            else if (
                n is not null
                && !cited.Any(r => Names(r.Summary, n.Value) && Numbers(r.Summary).Contains(count))
            )
                // A closed vote's counts live in its decision receipt: the count must be one a cited receipt gives that option.
                return $"it gives option {n} {count} vote(s), which no cited receipt says";
            else if (n is null)
                continue; // Left for OtherNumbers: the number must be in a cited receipt.
            Blank(text, m);
        }
        return null;
    }

    private static bool Names(string summary, int option) =>
        OptionRef()
            .Matches(summary)
            .Any(m => m.Groups[1].Value == option.ToString(CultureInfo.InvariantCulture));

    private static string? OptionNumbers(StringBuilder text, DraftFacts facts)
    {
        foreach (Match m in OptionRef().Matches(text.ToString()))
        {
            var n = Int(m.Groups[1].Value);
            if (facts.Options.All(o => o.Number != n))
                return $"it names option {n}, which #{facts.Loop} does not have";
            Blank(text, m);
        }
        return null;
    }

    private static string? OtherNumbers(StringBuilder text, List<DraftReceipt> cited)
    {
        var known = cited
            .SelectMany(r => Numbers(r.Summary).Concat(r.Amount is { } a ? [a] : []))
            .ToHashSet();
        foreach (Match m in NumberToken().Matches(text.ToString()))
        {
            if (Number(m.Value) is not { } n || !known.Contains(n))
                return $"the number {m.Value} is in no receipt the sentence cites";
        }
        return null;
    }

    /// <summary>A small whole number as written; -1 (never a count or an option) when it does not fit.</summary>
    private static int Int(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static IEnumerable<decimal> Numbers(string text) =>
        NumberToken().Matches(text).Select(m => Number(m.Value)).OfType<decimal>();

    private static decimal? Number(string token) =>
        decimal.TryParse(
            token,
            NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out var n
        )
            ? n
            : null;

    /// <summary>The clause around a position: up to the nearest punctuation or joining word on either side.</summary>
    private static string Clause(string s, int at)
    {
        var bounds = ClauseBreak().Matches(s).ToList();
        var start = bounds
            .Where(b => b.Index + b.Length <= at)
            .Select(b => b.Index + b.Length)
            .DefaultIfEmpty(0)
            .Max();
        var end = bounds
            .Where(b => b.Index > at)
            .Select(b => b.Index)
            .DefaultIfEmpty(s.Length)
            .Min();
        return s[start..end];
    }

    private static string Squash(string s) =>
        string.Join(
            ' ',
            s.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
        );

    private static void Blank(StringBuilder text, Match m)
    {
        for (var i = m.Index; i < m.Index + m.Length; i++)
            text[i] = ' ';
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\br#(\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceiptRef();

    [GeneratedRegex(@"(?<![\w#])#(\d+)\b")]
    private static partial Regex LoopRef();

    [GeneratedRegex(
        @"(?:(?<sym>[€$£])\s?(?<n>\d+(?:\.\d+)?)|\b(?<pre>[A-Z]{3})\s?(?<n>\d+(?:\.\d+)?)\b|\b(?<n>\d+(?:\.\d+)?)\s?(?<post>[A-Z]{3})\b)"
    )]
    private static partial Regex Amount();

    [GeneratedRegex(
        @"\b(?<n>no|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?<noun>votes?|ballots?|objections?|dollars?|euros?|pounds?)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex CountWords();

    [GeneratedRegex(@"\b(\d+)\s+(?:votes?|ballots?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteCount();

    [GeneratedRegex(@"\boption\s+#?(\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OptionRef();

    [GeneratedRegex(
        @"[,;:.!?]|\b(?:and|but|while|whereas|than|versus|vs)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberToken();
}
