namespace CivBot.Storage.Receipts;

using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>The result of checking one group's chain: how many receipts, and the first break (null when intact).</summary>
public sealed record GroupVerification(GroupId Group, long Count, ChainBreak? Break)
{
    public bool IsIntact => Break is null;
}
