namespace CivBot.Storage.Tests.Support;

using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>Test data with sensible defaults.</summary>
internal static class Some
{
    public static readonly ChatAddress GroupChat = new("telegram", "-1001");
    public static readonly ChatAddress OtherGroupChat = new("telegram", "-1002");
    public static readonly Sender Ann = new(new MemberId("telegram:111"), "ann");
    public static readonly Sender Bob = new(new MemberId("telegram:222"), "bob");

    public static InboundEvent Text(
        string platformId,
        string text,
        ChatAddress? chat = null,
        Sender? sender = null
    ) => new(chat ?? GroupChat, sender ?? Ann, platformId, new TextBody(text));

    public static InboundEvent Private(string platformId, string text, Sender sender)
    {
        var dm = new ChatAddress("telegram", sender.Id.Value.Split(':')[1]);
        return new InboundEvent(
            dm,
            sender,
            platformId,
            new TextBody(text),
            IsPrivate: true,
            SenderDirectChat: dm
        );
    }

    public static GroupId GroupOf(ChatAddress chat) => new(chat.ToString());

    /// <summary>A chain of receipts for one group, each a minute apart; loop 1 for odd, 2 for even sequence numbers.</summary>
    public static List<Receipt> Chain(GroupId group, int count, DateTimeOffset start)
    {
        var list = new List<Receipt>();
        var head = ChainHead.Empty;
        for (var i = 0; i < count; i++)
        {
            var r = ReceiptChain.Next(
                head,
                start.AddMinutes(i).AddTicks(1234),
                group,
                i % 2 == 0 ? 1 : 2,
                i == 0 ? ReceiptKind.Ask : ReceiptKind.Spend,
                "ann",
                $"step {i + 1} \"quoted\"\nnew line",
                i == 0 ? null : 12.50m + i,
                i == 0 ? null : "USD",
                i % 3 == 0 ? [] : ["https://example.org/p/" + i, "receipt:#1"]
            );
            list.Add(r);
            head = ChainHead.Of(r);
        }
        return list;
    }
}
