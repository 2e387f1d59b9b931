namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>
/// One person, several accounts (<c>/me link</c>): an account merged into a member acts as that member everywhere in
/// the group (one vote, one rotation record, one pseudonym), until <c>/me unlink</c> splits them for future loops.
/// </summary>
internal sealed partial class Turn
{
    private MemberId MergedInto(MemberId account) =>
        State.Linking?.Merged is { } merged && merged.TryGetValue(account, out var member)
            ? member
            : account;

    private void MeCommand(ParsedCommand cmd)
    {
        switch (cmd.Words)
        {
            case [var w] when w.Equals("link", StringComparison.OrdinalIgnoreCase):
                NewMemberCode();
                break;
            case [var w, var code] when w.Equals("link", StringComparison.OrdinalIgnoreCase):
                UseMemberCode(code);
                break;
            case [var w] when w.Equals("unlink", StringComparison.OrdinalIgnoreCase):
                SplitAccounts();
                break;
            default:
                Tell(w => w.MeUsage);
                break;
        }
    }

    private void NewMemberCode()
    {
        var serial = Linking.Serial + 1;
        var code = JoinCodes.Derive(
            "me",
            State.Id,
            serial,
            $"{State.Head.Hash}|{input.PlatformId}|{now.ToUnixTimeMilliseconds()}",
            LinkCodeLength
        );
        State = State with
        {
            Linking = Linking with
            {
                MemberCode = new MemberCode(code, Me, now + LinkWindow),
                Serial = serial,
            },
        };
        if (input.IsPrivate)
        {
            Tell(w => w.MeYourCode(code));
            return;
        }
        Dm(Me, w => w.MeYourCode(code), fallbackToGroup: false);
        Tell(w => w.MeCodeSent);
    }

    private void UseMemberCode(string typed)
    {
        if (!CountTry())
            return;
        var account = input.Sender.Id;
        if (
            JoinCodes.Normalize(typed, LinkCodeLength) is not { } code
            || Linking.MemberCode is not { } open
            || open.Code != code
            || now > open.ExpiresAt
        )
        {
            Tell(w => w.MeWrongCode);
            return;
        }
        var member = open.Member;
        if (MergedInto(account) == member)
        {
            Tell(w => w.MeAlreadyOne);
            return;
        }
        if (State.Loops.Any(l => Involves(l, account)))
        {
            Tell(w => w.MeBusy);
            return;
        }
        var handle = State.Member(member)?.Handle ?? member.Value;
        var other = State.Member(account)?.Handle ?? MyHandleSafe;
        var merged = Linking.MergedAccounts;
        // Accounts merged into this one before follow it into the member.
        merged = merged.SetItems(
            merged.Where(p => p.Value == account).Select(p => KeyValuePair.Create(p.Key, member))
        );
        State = State with
        {
            Members = State.Members.RemoveAll(m => m.Id == account),
            Linking = Linking with { MemberCode = null, Merged = merged.SetItem(account, member) },
        };
        Record(
            null,
            ReceiptKind.Link,
            handle,
            Languages.Phrases.AccountsMerged(
                handle,
                LinkedChat.ChannelName(ChannelOf(member)),
                other,
                LinkedChat.ChannelName(ChannelOf(account))
            )
        );
        Tell(w => w.MeMerged(handle));
    }

    private void SplitAccounts()
    {
        var account = input.Sender.Id;
        var merged = Linking.MergedAccounts;
        var parting = merged.ContainsKey(account)
            ? [account]
            : merged.Where(p => p.Value == account).Select(p => p.Key).ToList();
        if (parting.Count == 0)
        {
            Tell(w => w.MeNotMerged);
            return;
        }
        var handle = MyHandleSafe;
        State = State with { Linking = Linking with { Merged = merged.RemoveRange(parting) } };
        Record(null, ReceiptKind.Unlink, handle, Languages.Phrases.AccountsSplit(handle));
        Tell(w => w.MeSplit);
    }

    private static bool Involves(LoopState loop, MemberId member) =>
        loop.Asker == member
        || loop.Steward == member
        || loop.Auditor == member
        || loop.Builders.Contains(member)
        || (
            loop.Vote is { } vote
            && (vote.Ballots.ContainsKey(member) || vote.Objections.ContainsKey(member))
        );

    private static string ChannelOf(MemberId member) =>
        member.Value.Split(':', 2) is [var channel, _] ? channel : member.Value;
}
