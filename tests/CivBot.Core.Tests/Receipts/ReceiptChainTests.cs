namespace CivBot.Core.Tests.Receipts;

using CivBot.Core.Model;
using CivBot.Core.Receipts;

public sealed class ReceiptChainTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void The_canonical_form_has_sorted_keys_no_whitespace_and_amounts_as_strings()
    {
        var r = ReceiptChain.Next(
            ChainHead.Empty,
            At,
            new GroupId("g1"),
            3,
            ReceiptKind.Spend,
            "eve",
            "gas \"unleaded\"",
            6.40m,
            "USD",
            ["https://x.test/r"]
        );
        Assert.Equal(
            "{\"actor\":\"eve\",\"amount\":\"6.4\",\"at\":\"2026-11-22T09:30:15.123Z\",\"currency\":\"USD\",\"evidence\":[\"https://x.test/r\"],\"group\":\"g1\",\"kind\":\"spend\",\"loop\":3,\"prev_hash\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"seq\":1,\"summary\":\"gas \\\"unleaded\\\"\"}",
            CanonicalJson.Write(r, includeHash: false)
        );
        Assert.Equal(64, r.Hash.Length);
        Assert.Equal(ReceiptChain.ComputeHash(r), r.Hash);
    }

    [Fact]
    public void Form_2_adds_the_actor_id_type_and_form_keys_in_order_and_form_1_bytes_stay_as_they_were()
    {
        var member = ReceiptChain.Next(
            ChainHead.Empty,
            At,
            new GroupId("g1"),
            3,
            ReceiptKind.Spend,
            "eve",
            "gas",
            6.40m,
            "USD",
            actorId: "m-0123456789ab",
            actorType: ActorType.Member
        ) with
        {
            Form = ReceiptForms.Actors,
        };
        Assert.Equal(
            "{\"actor\":\"eve\",\"actor_id\":\"m-0123456789ab\",\"actor_type\":\"member\",\"amount\":\"6.4\",\"at\":\"2026-11-22T09:30:15.123Z\",\"currency\":\"USD\",\"form\":2,\"group\":\"g1\",\"kind\":\"spend\",\"loop\":3,\"prev_hash\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"seq\":1,\"summary\":\"gas\"}",
            CanonicalJson.Write(member, includeHash: false)
        );
        var bot = ReceiptChain.Next(
            ChainHead.Of(member),
            At,
            new GroupId("g1"),
            3,
            ReceiptKind.Closed,
            "CivBot",
            "closed",
            actorType: ActorType.Bot
        );
        Assert.Contains(
            "\"actor\":\"CivBot\",\"actor_type\":\"bot\",",
            CanonicalJson.Write(bot, false)
        );
        // A form-1 receipt read back from an old database hashes exactly as it did when it was written.
        var old = member with
        {
            ActorId = null,
            ActorType = null,
            Form = ReceiptForms.Handles,
        };
        Assert.DoesNotContain("actor_", CanonicalJson.Write(old, false));
        Assert.DoesNotContain("form", CanonicalJson.Write(old, false));
        Assert.Null(ReceiptChain.Check(null, old with { Hash = ReceiptChain.ComputeHash(old) }));
        Assert.Equal(
            "#1 · Nov 22 09:30 · loop #3 · spend · eve (m-012345): gas [6.40 USD]",
            ReceiptText.Line(CivBot.Core.Languages.Words.English, member)
        );
        Assert.Equal(
            "#2 · Nov 22 09:30 · loop #3 · closed · CivBot (bot): closed",
            ReceiptText.Line(CivBot.Core.Languages.Words.English, bot)
        );
    }

    [Fact]
    public void Each_receipt_links_to_the_one_before()
    {
        var first = ReceiptChain.Next(
            ChainHead.Empty,
            At,
            new GroupId("g1"),
            1,
            ReceiptKind.Ask,
            "ann",
            "Need a ride"
        );
        var second = ReceiptChain.Next(
            ChainHead.Of(first),
            At,
            new GroupId("g1"),
            1,
            ReceiptKind.Role,
            "CivBot",
            "dan is steward"
        );
        Assert.Equal(first.Hash, second.PrevHash);
        Assert.Equal(2, second.Seq);
        Assert.Null(ReceiptChain.Check(null, first));
        Assert.Null(ReceiptChain.Check(first, second));
    }

    [Fact]
    public void An_edited_receipt_is_caught_and_named()
    {
        var first = ReceiptChain.Next(
            ChainHead.Empty,
            At,
            new GroupId("g1"),
            1,
            ReceiptKind.Spend,
            "eve",
            "gas",
            6m,
            "USD"
        );
        var edited = first with { Amount = 60m };
        var broken = ReceiptChain.Check(null, edited);
        Assert.Equal(new ChainBreak(1, ChainFault.Edited), broken);
    }

    [Fact]
    public void A_removed_receipt_is_caught_as_a_gap()
    {
        var a = ReceiptChain.Next(
            ChainHead.Empty,
            At,
            new GroupId("g"),
            1,
            ReceiptKind.Ask,
            "ann",
            "x"
        );
        var b = ReceiptChain.Next(
            ChainHead.Of(a),
            At,
            new GroupId("g"),
            1,
            ReceiptKind.Context,
            "eve",
            "y"
        );
        var c = ReceiptChain.Next(
            ChainHead.Of(b),
            At,
            new GroupId("g"),
            1,
            ReceiptKind.Context,
            "fay",
            "z"
        );
        Assert.Equal(3, ReceiptChain.Check(a, c)!.Seq);
    }
}
