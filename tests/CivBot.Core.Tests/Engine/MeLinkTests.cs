namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;
using static CivBot.Core.Tests.Support.LinkedGroups;

public sealed class MeLinkTests
{
    private static readonly MemberId AnnOnTelegram = new("telegram:ann");
    private static readonly MemberId AnnOnDiscord = new("discord:ann");

    /// <summary>Telegram and Discord linked; ann is in both as two members.</summary>
    private static LinkedGroups TwoAccounts()
    {
        var w = new LinkedGroups();
        w.Send(Telegram, "ann", "/link");
        w.Send(Discord, "dora", "/link " + w.CodeSent());
        w.Send(Telegram, "ann", "/link confirm");
        w.Send(Discord, "ann", "hello from discord");
        return w;
    }

    private static void Merge(LinkedGroups w)
    {
        w.Send(Telegram, "ann", "/me link");
        w.Send(Discord, "ann", "/me link " + w.CodeSent());
    }

    [Fact]
    public void Two_accounts_of_one_person_are_two_members_until_merged_with_a_code_and_a_receipt()
    {
        var w = TwoAccounts();
        Assert.NotNull(w.State(Telegram).Member(AnnOnDiscord));
        var code = w.Send(Telegram, "ann", "/me link");
        Assert.StartsWith("[→ ann] 🔗 Your account code: ", code[0]);
        var merged = w.Send(Discord, "ann", "/me link " + w.CodeSent());

        Assert.Equal(
            [
                "[discord] Done: both accounts are ann now, with one vote and one place in the rotation. /me unlink splits them again.",
            ],
            merged
        );
        Assert.Null(w.State(Telegram).Member(AnnOnDiscord));
        var receipt = w.ReceiptsOf(Telegram)[^1];
        Assert.Equal(ReceiptKind.Link, receipt.Kind);
        Assert.Equal(
            "ann (Telegram) and ann 2 (Discord) are one member now: one vote, one place in the rotation.",
            receipt.Summary
        );
        Assert.Equal(MemberPseudonym.Of(w.GroupOf(Telegram), AnnOnTelegram), receipt.ActorId);
    }

    [Fact]
    public void A_merged_member_votes_once_whichever_account_they_use()
    {
        var w = TwoAccounts();
        Merge(w);
        w.Send(Telegram, "bob", "/ask a ride");
        w.Send(Telegram, "bob", "/propose bus");
        w.Send(Telegram, "bob", "/propose taxi");
        w.Send(Telegram, "bob", "/next");
        w.Send(Telegram, "bob", "/vote");
        w.Send(Telegram, "ann", "/vote 1");
        w.Send(Discord, "ann", "/vote 2");

        var ballots = w.State(Telegram).Loops[0].Vote!.Ballots;
        Assert.Equal([2], ballots[AnnOnTelegram].ToArray());
        Assert.False(ballots.ContainsKey(AnnOnDiscord));
    }

    [Fact]
    public void Wrong_expired_and_repeated_codes_change_nothing()
    {
        var w = TwoAccounts();
        Assert.Equal(
            [$"[discord] {Core.Languages.Words.English.MeWrongCode}"],
            w.Send(Discord, "ann", "/me link ABCDEFGHJK")
        );
        w.Send(Telegram, "ann", "/me link");
        var code = w.CodeSent();
        w.Wait(TimeSpan.FromMinutes(16));
        Assert.Equal(
            [$"[discord] {Core.Languages.Words.English.MeWrongCode}"],
            w.Send(Discord, "ann", "/me link " + code)
        );
        Assert.Equal(
            [$"[telegram] {Core.Languages.Words.English.MeWrongCode}"],
            w.Send(Telegram, "ann", "/me link " + code)
        );
        Assert.NotNull(w.State(Telegram).Member(AnnOnDiscord));

        Merge(w);
        w.Send(Telegram, "ann", "/me link");
        Assert.Equal(
            [$"[discord] {Core.Languages.Words.English.MeAlreadyOne}"],
            w.Send(Discord, "ann", "/me link " + w.CodeSent())
        );
    }

    [Fact]
    public void An_account_holding_a_role_or_a_ballot_in_an_open_loop_is_not_merged()
    {
        var w = TwoAccounts();
        w.Send(Discord, "ann", "/ask paint the fence");
        w.Send(Telegram, "ann", "/me link");
        Assert.Equal(
            [$"[discord] {Core.Languages.Words.English.MeBusy}"],
            w.Send(Discord, "ann", "/me link " + w.CodeSent())
        );
        Assert.NotNull(w.State(Telegram).Member(AnnOnDiscord));
    }

    [Fact]
    public void Me_unlink_splits_the_accounts_for_future_loops_with_a_receipt()
    {
        var w = TwoAccounts();
        Merge(w);
        Assert.Equal(
            [$"[discord] {Core.Languages.Words.English.MeSplit}"],
            w.Send(Discord, "ann", "/me unlink")
        );
        Assert.Equal(ReceiptKind.Unlink, w.ReceiptsOf(Telegram)[^1].Kind);
        w.Send(Discord, "ann", "back again");
        Assert.NotNull(w.State(Telegram).Member(AnnOnDiscord));
        Assert.Equal(
            [$"[discord] {Core.Languages.Words.English.MeNotMerged}"],
            w.Send(Discord, "ann", "/me unlink")
        );
    }
}
