namespace CivBot.Storage.Receipts;

using CivBot.Core.Engine;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>Reads receipts for the CLI, admin pages and exports. Never writes: receipts are appended only by events.</summary>
public sealed class ReceiptStore(IDbContextFactory<CivBotDbContext> contexts)
{
    /// <summary>One page, newest first, ignoring receipts after <paramref name="asOfSeq"/> so pages stay stable.</summary>
    public async Task<ReceiptPage> ReadPageAsync(
        GroupId group,
        int? loop,
        int page,
        long asOfSeq,
        int pageSize,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db
            .Receipts.AsNoTracking()
            .Where(r => r.GroupId == group.Value && r.Seq <= asOfSeq);
        if (loop is { } n)
            query = query.Where(r => r.LoopNo == n);
        var rows = await query
            .OrderByDescending(r => r.Seq)
            .Skip((Math.Max(page, 1) - 1) * pageSize)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        var receipts = rows.Take(pageSize).Select(ReceiptRows.FromEntity).ToList();
        return new ReceiptPage(receipts, rows.Count > pageSize);
    }

    /// <summary>A loop's receipts, oldest first (empty when the loop does not exist).</summary>
    public async Task<IReadOnlyList<Receipt>> ReadLoopAsync(
        GroupId group,
        int loop,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db
            .Receipts.AsNoTracking()
            .Where(r => r.GroupId == group.Value && r.LoopNo == loop)
            .OrderBy(r => r.Seq)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ReceiptRows.FromEntity)];
    }

    /// <summary>A group's whole chain, oldest first (the public page and its exports).</summary>
    public async Task<IReadOnlyList<Receipt>> ReadGroupAsync(
        GroupId group,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db
            .Receipts.AsNoTracking()
            .Where(r => r.GroupId == group.Value)
            .OrderBy(r => r.Seq)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ReceiptRows.FromEntity)];
    }

    public async Task<IReadOnlyList<GroupId>> ListGroupsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db
            .Groups.AsNoTracking()
            .OrderBy(g => g.Id)
            .Select(g => g.Id)
            .ToListAsync(cancellationToken);
        return [.. ids.Select(id => new GroupId(id))];
    }

    /// <summary>Checks the hash chain of one group, or of every group, streaming the receipts in sequence order.</summary>
    public async Task<IReadOnlyList<GroupVerification>> VerifyAsync(
        GroupId? group,
        CancellationToken cancellationToken
    )
    {
        var groups = group is { } g ? [g] : await ListGroupsAsync(cancellationToken);
        var results = new List<GroupVerification>(groups.Count);
        foreach (var id in groups)
            results.Add(await VerifyGroupAsync(id, cancellationToken));
        return results;
    }

    /// <summary>
    /// Writes receipts ordered by group then sequence. <c>jsonl</c>: one canonical JSON object (with its hash) per line,
    /// re-checkable by anyone with a SHA-256 tool. <c>md</c>: a heading per group and one line per receipt, in the
    /// group's language when <paramref name="languageOf"/> says it (the words people wrote stay as written).
    /// </summary>
    public async Task ExportAsync(
        TextWriter output,
        string format,
        GroupId? group,
        CancellationToken cancellationToken,
        Func<GroupId, CancellationToken, Task<Words>>? languageOf = null
    )
    {
        var markdown = format switch
        {
            "jsonl" => false,
            "md" => true,
            _ => throw new ArgumentException(
                $"Unknown export format '{format}': use jsonl or md.",
                nameof(format)
            ),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Receipts.AsNoTracking();
        if (group is { } g)
            query = query.Where(r => r.GroupId == g.Value);
        string? currentGroup = null;
        var tally = new SpendTally();
        var w = Words.English;
        await foreach (
            var row in query
                .OrderBy(r => r.GroupId)
                .ThenBy(r => r.Seq)
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
        )
        {
            var receipt = ReceiptRows.FromEntity(row);
            if (!markdown)
            {
                await output.WriteLineAsync(CanonicalJson.Write(receipt, includeHash: true));
                continue;
            }
            if (row.GroupId != currentGroup)
            {
                await WriteTotalsAsync(output, w, tally);
                tally = new SpendTally();
                w = languageOf is null
                    ? Words.English
                    : await languageOf(new GroupId(row.GroupId), cancellationToken);
                await output.WriteLineAsync(
                    $"{(currentGroup is null ? "" : "\n")}# {w.PageHeading(MarkdownText.Escape(row.GroupId))}\n"
                );
                currentGroup = row.GroupId;
            }
            tally.Add(receipt);
            await output.WriteLineAsync("- " + MarkdownText.Escape(ReceiptText.Line(w, receipt)));
        }
        if (markdown)
            await WriteTotalsAsync(output, w, tally);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>A group's spending per currency under its receipts; undone spends left out.</summary>
    private static async Task WriteTotalsAsync(TextWriter output, Words w, SpendTally tally)
    {
        var totals = tally.Totals().Where(t => t.Key.Length > 0).ToList();
        if (totals.Count > 0)
            await output.WriteLineAsync($"\n{w.StatusSpent(w.Totals(totals))}");
    }

    /// <summary>
    /// Checks a group's chain against an earlier signed checkpoint: intact, and its receipt at the checkpoint's size
    /// still has the checkpoint's head, so a history rewritten after the checkpoint is caught even when it is
    /// internally consistent.
    /// </summary>
    public async Task<GroupVerification> VerifyAgainstAsync(
        GroupId group,
        ChainHead checkpoint,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WalkAsync(
            db,
            group,
            new ChainWalker(checkpoint, ChainFault.DiffersFromCheckpoint),
            cancellationToken
        );
    }

    private async Task<GroupVerification> VerifyGroupAsync(
        GroupId group,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The head is read before the receipts: receipts only grow, so a commit in between cannot fake a gap.
        var stateJson = await db
            .Groups.AsNoTracking()
            .Where(g => g.Id == group.Value)
            .Select(g => g.StateJson)
            .FirstOrDefaultAsync(cancellationToken);
        var head = stateJson is null ? null : StateJson.Deserialize(stateJson).Head;
        return await WalkAsync(db, group, new ChainWalker(head), cancellationToken);
    }

    /// <summary>Feeds a group's receipts, oldest first, through the walker and reports what it found.</summary>
    private static async Task<GroupVerification> WalkAsync(
        CivBotDbContext db,
        GroupId group,
        ChainWalker walker,
        CancellationToken cancellationToken
    )
    {
        await foreach (
            var row in db
                .Receipts.AsNoTracking()
                .Where(r => r.GroupId == group.Value)
                .OrderBy(r => r.Seq)
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
        )
        {
            walker.Add(ReceiptRows.FromEntity(row));
        }
        return new GroupVerification(group, walker.Count, walker.Finish());
    }
}
