namespace CivBot.Tests.Web;

using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Web;

public sealed class PageExportTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 30, 15, 123, TimeSpan.Zero);

    private static Receipt Spend(string summary, IReadOnlyList<string>? evidence = null) =>
        ReceiptChain.Next(
            ChainHead.Empty,
            At,
            new GroupId("g1"),
            3,
            ReceiptKind.Spend,
            "eve",
            summary,
            6.40m,
            "USD",
            evidence
        );

    [Fact]
    public void The_csv_has_a_treasurers_columns_and_quotes_commas_quotes_and_formulas()
    {
        var r = Spend("=HYPERLINK(\"x\"), gas");
        var csv = PageCsv.Write(Words.English, [r]).Split("\r\n");
        Assert.Equal("date,loop,kind,actor,description,amount,currency,receipt_hash", csv[0]);
        Assert.Equal(
            $"2026-11-22T09:30:15.123Z,3,spend,eve,\"'=HYPERLINK(\"\"x\"\"), gas\",6.40,USD,{r.Hash}",
            csv[1]
        );
    }

    [Fact]
    public void A_receipt_without_links_is_served_as_its_exact_canonical_json()
    {
        var r = Spend("gas");
        Assert.Equal(
            CanonicalJson.Write(r, includeHash: true),
            PublicLine.Json(r, showEvidence: false)
        );
    }

    [Fact]
    public void Links_are_withheld_from_evidence_and_text_unless_the_group_chose_to_publish_them_and_the_line_says_so()
    {
        var r = Spend("gas, see https://example.org/r.jpg", ["https://example.org/r.jpg"]);
        var line = PublicLine.Json(r, showEvidence: false);
        Assert.DoesNotContain("example.org", line, StringComparison.Ordinal);
        Assert.Contains("\"summary\":\"gas, see [link withheld]\"", line, StringComparison.Ordinal);
        Assert.EndsWith(",\"withheld\":\"evidence\"}", line, StringComparison.Ordinal);
        Assert.Contains($"\"hash\":\"{r.Hash}\"", line, StringComparison.Ordinal);
        Assert.Equal(
            CanonicalJson.Write(r, includeHash: true),
            PublicLine.Json(r, showEvidence: true)
        );
    }

    [Fact]
    public void The_undo_reference_is_not_a_link_and_is_never_withheld()
    {
        var undo = ReceiptChain.Next(
            ChainHead.Empty,
            At,
            new GroupId("g1"),
            3,
            ReceiptKind.Undo,
            "dan",
            "undid the spend",
            evidence: ["receipt:#2"]
        );
        Assert.False(PublicLine.IsWithheld(undo, showEvidence: false));
    }

    [Fact]
    public void Filters_parse_leniently_and_match_by_loop_kind_and_utc_day()
    {
        var f = PageFilter.Parse("3", "spend", "2026-11-22", "2026-11-22");
        Assert.True(f.Matches(Spend("gas")));
        Assert.False(PageFilter.Parse("4", null, null, null).Matches(Spend("gas")));
        Assert.False(PageFilter.Parse(null, null, "2026-11-23", null).Matches(Spend("gas")));
        Assert.True(PageFilter.Parse("x", "no-such-kind", "yesterday", null).IsEmpty);
    }
}
