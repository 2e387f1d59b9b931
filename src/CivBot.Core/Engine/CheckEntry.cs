namespace CivBot.Core.Engine;

using CivBot.Core.Model;

/// <summary>One submitted check in a collect phase.</summary>
public sealed record CheckEntry(long ReceiptSeq, MemberId Member, string Handle, string Text);
