namespace CivBot.Storage.Tests.Receipts;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Storage.Database;
using CivBot.Storage.Pipeline;
using CivBot.Storage.Receipts;
using CivBot.Storage.Tests.Support;

public abstract class ReceiptStoreTests(StorageProvider provider) : IAsyncLifetime
{
    private static readonly GroupId GroupA = new("telegram:-1001");
    private static readonly GroupId GroupB = new("discord:55");

    private TempDatabase _db = null!;
    private StorageHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(_db, engine: new ScriptedEngine());
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private ReceiptStore Store => _harness.Get<ReceiptStore>();

    /// <summary>Writes a chain and a group state whose head is the chain's last receipt, as the pipeline would.</summary>
    private async Task<List<Receipt>> SeedAsync(GroupId group, int count)
    {
        var chain = Some.Chain(group, count, _harness.Time.GetUtcNow());
        await AppendAsync(group, chain, ChainHead.Of(chain[^1]), create: true);
        return chain;
    }

    private async Task AppendAsync(
        GroupId group,
        IEnumerable<Receipt> receipts,
        ChainHead head,
        bool create
    )
    {
        using var session = await _harness.Get<WriterConnection>().BeginAsync(default);
        var state = StateJson.Serialize(GroupState.New(group, "f") with { Head = head });
        if (create)
            session.InsertGroup(group, state, _harness.Time.GetUtcNow());
        else
            session.UpdateGroup(group, state, 1, _harness.Time.GetUtcNow());
        _harness
            .Get<EffectWriter>()
            .Apply(
                session,
                group,
                [.. receipts.Select(r => new AppendReceipt(r))],
                _harness.Time.GetUtcNow()
            );
        session.Commit();
    }

    private void Tamper(string sql) =>
        _db.Execute(
            provider == StorageProvider.Postgres
                ? "DROP TRIGGER receipts_no_update ON receipts; DROP TRIGGER receipts_no_delete ON receipts; "
                    + sql
                : "DROP TRIGGER receipts_no_update; DROP TRIGGER receipts_no_delete; " + sql
        );

    [Fact]
    public async Task An_intact_chain_verifies_with_its_count()
    {
        await SeedAsync(GroupA, 6);

        var result = Assert.Single(await Store.VerifyAsync(GroupA, default));

        Assert.Equal((6L, true), (result.Count, result.IsIntact));
    }

    [Fact]
    public async Task A_receipt_edited_in_the_file_is_caught_by_its_sequence_number()
    {
        await SeedAsync(GroupA, 6);
        await SeedAsync(GroupB, 2);
        Tamper(
            "UPDATE receipts SET summary = 'we spent less' WHERE group_id = 'telegram:-1001' AND seq = 4"
        );

        var results = await Store.VerifyAsync(null, default);

        var a = results.Single(r => r.Group == GroupA);
        Assert.Equal(4, a.Break!.Seq);
        Assert.Equal(ChainFault.Edited, a.Break.Fault);
        Assert.True(results.Single(r => r.Group == GroupB).IsIntact);
    }

    [Fact]
    public async Task Receipts_removed_from_the_end_are_caught_against_the_remembered_chain_head()
    {
        await SeedAsync(GroupA, 5);
        Tamper("DELETE FROM receipts WHERE seq >= 4");

        var result = Assert.Single(await Store.VerifyAsync(GroupA, default));

        Assert.Equal(4, result.Break!.Seq);
        Assert.Equal((ChainFault.Missing, 5L), (result.Break.Fault, result.Break.Other));
        Assert.Equal(
            "faltan los recibos del #4 al #5",
            result.Break.Reason(Core.Languages.Words.Spanish)
        );
    }

    [Fact]
    public async Task A_page_as_of_a_sequence_stays_the_same_when_new_receipts_arrive()
    {
        var chain = await SeedAsync(GroupA, 5);
        var before = await Store.ReadPageAsync(GroupA, null, 1, 5, 2, default);

        var more = new List<Receipt>();
        var head = ChainHead.Of(chain[^1]);
        for (var i = 0; i < 3; i++)
        {
            var r = ReceiptChain.Next(
                head,
                _harness.Time.GetUtcNow(),
                GroupA,
                1,
                ReceiptKind.Progress,
                "bob",
                $"later {i}"
            );
            more.Add(r);
            head = ChainHead.Of(r);
        }
        await AppendAsync(GroupA, more, head, create: false);
        var after = await Store.ReadPageAsync(GroupA, null, 1, 5, 2, default);
        var last = await Store.ReadPageAsync(GroupA, null, 3, 5, 2, default);

        Assert.Equal([5L, 4L], before.NewestFirst.Select(r => r.Seq));
        Assert.Equal(before.NewestFirst.Select(r => r.Hash), after.NewestFirst.Select(r => r.Hash));
        Assert.True(after.HasMore);
        Assert.Equal([1L], last.NewestFirst.Select(r => r.Seq));
        Assert.False(last.HasMore);
    }

    [Fact]
    public async Task A_loops_receipts_come_oldest_first_and_only_that_loop()
    {
        await SeedAsync(GroupA, 5);

        var loop2 = await Store.ReadLoopAsync(GroupA, 2, default);

        Assert.Equal([2L, 4L], loop2.Select(r => r.Seq));
    }

    [Fact]
    public async Task Jsonl_export_is_one_canonical_receipt_per_line_ordered_by_group_then_sequence()
    {
        var a = await SeedAsync(GroupA, 3);
        var b = await SeedAsync(GroupB, 2);
        using var output = new StringWriter();

        await Store.ExportAsync(output, "jsonl", null, default);

        var expected = b.Concat(a).Select(r => CanonicalJson.Write(r, includeHash: true));
        Assert.Equal(
            expected,
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
        );
    }

    [Fact]
    public async Task Markdown_export_has_a_heading_per_group_and_a_line_per_receipt()
    {
        var a = await SeedAsync(GroupA, 2);
        await SeedAsync(GroupB, 1);
        using var output = new StringWriter();

        await Store.ExportAsync(output, "md", GroupA, default);

        var text = output.ToString();
        Assert.StartsWith("# Receipts of telegram:-1001\n", text, StringComparison.Ordinal);
        Assert.Contains(
            "- " + MarkdownText.Escape(ReceiptText.Line(Core.Languages.Words.English, a[1])),
            text,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("discord:55", text, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.ExportAsync(output, "csv", null, default)
        );
    }

    [Fact]
    public async Task Markdown_export_ends_each_group_with_its_spending_per_currency_leaving_out_undone_spends()
    {
        var at = _harness.Time.GetUtcNow();
        var ask = ReceiptChain.Next(ChainHead.Empty, at, GroupA, 1, ReceiptKind.Ask, "ann", "ride");
        var usd = ReceiptChain.Next(
            ChainHead.Of(ask),
            at,
            GroupA,
            1,
            ReceiptKind.Spend,
            "eve",
            "gas",
            6.40m,
            "USD"
        );
        var jpy = ReceiptChain.Next(
            ChainHead.Of(usd),
            at,
            GroupA,
            1,
            ReceiptKind.Spend,
            "eve",
            "parking",
            3000m,
            "JPY"
        );
        var wrong = ReceiptChain.Next(
            ChainHead.Of(jpy),
            at,
            GroupA,
            1,
            ReceiptKind.Spend,
            "eve",
            "typo",
            99m,
            "USD"
        );
        var undo = ReceiptChain.Next(
            ChainHead.Of(wrong),
            at,
            GroupA,
            1,
            ReceiptKind.Undo,
            "eve",
            "Undid the 99.00 USD spend",
            evidence: ["receipt:#4"]
        );
        await AppendAsync(GroupA, [ask, usd, jpy, wrong, undo], ChainHead.Of(undo), create: true);
        using var output = new StringWriter();

        await Store.ExportAsync(output, "md", GroupA, default);

        Assert.EndsWith(
            "\nSpent: 3000 JPY + 6.40 USD\n",
            output.ToString().ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Markdown_export_of_a_spanish_group_is_in_spanish_with_its_amounts_as_spanish_readers_write_them()
    {
        var at = _harness.Time.GetUtcNow();
        var ask = ReceiptChain.Next(
            ChainHead.Empty,
            at,
            GroupA,
            1,
            ReceiptKind.Ask,
            "ann",
            "viaje"
        );
        var spend = ReceiptChain.Next(
            ChainHead.Of(ask),
            at,
            GroupA,
            1,
            ReceiptKind.Spend,
            "eve",
            "gasolina",
            6.40m,
            "USD"
        );
        await AppendAsync(GroupA, [ask, spend], ChainHead.Of(spend), create: true);
        using var output = new StringWriter();

        await Store.ExportAsync(
            output,
            "md",
            GroupA,
            default,
            (_, _) => Task.FromResult(Core.Languages.Words.Spanish)
        );

        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.StartsWith($"# Recibos de {GroupA.Value}\n", text, StringComparison.Ordinal);
        // The loop and the amount are in Spanish (Markdown escapes the punctuation around them).
        var line = text.Split('\n').Single(l => l.Contains("gasolina", StringComparison.Ordinal));
        Assert.Contains("ciclo", line, StringComparison.Ordinal);
        Assert.Contains("6,40 USD", line, StringComparison.Ordinal);
        Assert.EndsWith("\nGastado: 6,40 USD\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_receipts_phrase_is_stored_read_back_exactly_verified_and_an_edit_to_it_is_caught()
    {
        var at = _harness.Time.GetUtcNow();
        var phrase = Core.Languages.Phrases.LoopClosed(
            1,
            Core.Languages.Why.AuditConfirmedBy("bea"),
            new Dictionary<string, decimal> { ["USD"] = 6.40m }
        );
        var closed = ReceiptChain.Next(
            ChainHead.Empty,
            at,
            GroupA,
            1,
            ReceiptKind.Closed,
            "CivBot",
            Core.Languages.Phrases.Render(Core.Languages.Words.English, phrase),
            actorType: ActorType.Bot,
            phrase: phrase
        );
        await AppendAsync(GroupA, [closed], ChainHead.Of(closed), create: true);

        var read = Assert.Single(await Store.ReadGroupAsync(GroupA, default));
        Assert.Equal(phrase, read.Phrase);
        Assert.Equal(closed.Hash, ReceiptChain.ComputeHash(read));
        Assert.StartsWith(
            "Ciclo #1 cerrado: ",
            ReceiptText.Summary(Core.Languages.Words.Spanish, read),
            StringComparison.Ordinal
        );
        Assert.True(Assert.Single(await Store.VerifyAsync(GroupA, default)).IsIntact);

        // Someone with the database changes what a Spanish reader would see: the chain says where.
        Tamper(
            "UPDATE receipts SET phrase = '[\"loop-closed\",\"1\",[\"closed-plainly\"]]' WHERE seq = 1"
        );
        var broken = Assert.Single(await Store.VerifyAsync(GroupA, default));
        Assert.Equal(1, broken.Break!.Seq);
        Assert.Equal(ChainFault.Edited, broken.Break.Fault);
    }

    [Fact]
    public async Task Groups_are_listed_by_id()
    {
        await SeedAsync(GroupA, 1);
        await SeedAsync(GroupB, 1);

        Assert.Equal([GroupB, GroupA], await Store.ListGroupsAsync(default));
    }
}

public sealed class ReceiptStoreTestsOnSqlite() : ReceiptStoreTests(StorageProvider.Sqlite);

public sealed class ReceiptStoreTestsOnPostgres() : ReceiptStoreTests(StorageProvider.Postgres);
