namespace CivBot.Core.Tests.Support;

using System.Text.RegularExpressions;
using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>
/// Several chats and their groups, driven through the pure engine the way storage routes them: a chat belongs to its
/// own group until linked, a <see cref="SendLinkRequest"/> reaches the code's group as a timer, <see cref="LinkChat"/>
/// and <see cref="UnlinkChat"/> move chats. Every message is printed as "[chat] text" or "[→ name] text".
/// </summary>
public sealed partial class LinkedGroups
{
    private readonly LoopEngine _engine = new EngineHarness().Engine;
    private readonly Dictionary<ChatAddress, GroupId> _chats = [];
    private readonly Dictionary<GroupId, GroupState> _groups = [];
    private readonly Dictionary<string, (GroupId Group, DateTimeOffset Expires)> _codes = [];
    private readonly Dictionary<ChatAddress, string> _titles = [];
    private int _ids;

    public static readonly ChatAddress Telegram = new("telegram", "-100");
    public static readonly ChatAddress Discord = new("discord", "555");
    public static readonly ChatAddress Other = new("telegram", "-200");

    public LinkedGroups()
    {
        _titles[Telegram] = "“Helpers”";
        _titles[Discord] = "#general";
        _titles[Other] = "“Neighbours”";
    }

    public DateTimeOffset Now { get; private set; } = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public Dictionary<GroupId, List<Receipt>> Receipts { get; } = [];

    public List<string> Last { get; private set; } = [];

    /// <summary>Every effect of the last <see cref="Send"/>, in order.</summary>
    public List<Effect> Effects { get; } = [];

    public GroupId GroupOf(ChatAddress chat) =>
        _chats.TryGetValue(chat, out var group) ? group : new GroupId(chat.ToString());

    public GroupState State(ChatAddress chat) =>
        _groups.TryGetValue(GroupOf(chat), out var state) ? state : _engine.NewGroup(GroupOf(chat));

    public List<Receipt> ReceiptsOf(ChatAddress chat) =>
        Receipts.TryGetValue(GroupOf(chat), out var list) ? list : [];

    public List<string> Send(ChatAddress chat, string name, string text, bool admin = true)
    {
        var group = GroupOf(chat);
        _chats[chat] = group;
        Last = [];
        Effects.Clear();
        Run(
            group,
            new InboundEvent(
                chat,
                new Sender(new MemberId($"{chat.Channel}:{name}"), name),
                $"m{++_ids}",
                new TextBody(text),
                SenderDirectChat: new ChatAddress(chat.Channel, "dm:" + name),
                SenderIsChatAdmin: admin,
                ChatTitle: _titles[chat]
            )
        );
        return Last;
    }

    public List<string> Press(ChatAddress chat, string name, string payload, bool admin = true)
    {
        Last = [];
        Effects.Clear();
        Run(
            GroupOf(chat),
            new InboundEvent(
                chat,
                new Sender(new MemberId($"{chat.Channel}:{name}"), name),
                $"m{++_ids}",
                new ButtonBody(payload),
                SenderIsChatAdmin: admin,
                ChatTitle: _titles[chat]
            )
        );
        return Last;
    }

    public void Wait(TimeSpan span) => Now += span;

    /// <summary>The platform moved a chat to a new id: storage rebinds it, then tells the chat's group.</summary>
    public List<string> Move(ChatAddress from, ChatAddress to)
    {
        var group = GroupOf(from);
        _chats.Remove(from);
        _chats[to] = group;
        _titles[to] = _titles[from];
        Last = [];
        Effects.Clear();
        Run(
            group,
            new InboundEvent(
                to,
                Sender.System,
                $"moved-from:{from.ChatId}",
                new ChatMovedBody(from)
            )
        );
        return Last;
    }

    /// <summary>The code the last /link sent its admin privately.</summary>
    public string CodeSent() =>
        Last.Select(line => CodeLine().Match(line)).First(m => m.Success).Groups[1].Value;

    private void Run(GroupId group, InboundEvent input)
    {
        var state = _groups.TryGetValue(group, out var s) ? s : _engine.NewGroup(group);
        var result = _engine.Handle(state, input, Now);
        _groups[group] = result.State;
        Effects.AddRange(result.Effects);
        foreach (var effect in result.Effects)
            Apply(group, effect);
    }

    private void Apply(GroupId group, Effect effect)
    {
        switch (effect)
        {
            case AppendReceipt append:
                if (!Receipts.TryGetValue(group, out var list))
                    Receipts[group] = list = [];
                Assert.Equal(list.Count + 1, append.Receipt.Seq);
                list.Add(append.Receipt);
                break;
            case SendMessage { To: GroupAudience } send:
                foreach (var chat in _chats.Where(c => c.Value == group).Select(c => c.Key))
                    Last.Add($"[{chat.Channel}] {send.Reply.Text}");
                break;
            case SendMessage { To: OriginAudience origin } send:
                Last.Add($"[{origin.Chat.Channel}] {send.Reply.Text}");
                break;
            case SendMessage { To: MemberAudience member } send:
                Last.Add($"[→ {member.Handle}] {send.Reply.Text}");
                break;
            case RegisterLinkCode register:
                foreach (var old in _codes.Where(c => c.Value.Group == group).ToList())
                    _codes.Remove(old.Key);
                if (register.Code is { } code)
                    _codes[code] = (group, register.ExpiresAt);
                break;
            case SendLinkRequest { Note: var note }:
                if (_codes.TryGetValue(note.Code, out var target) && target.Expires >= Now)
                    Run(
                        target.Group,
                        new InboundEvent(
                            new ChatAddress("timer", target.Group.Value),
                            Sender.System,
                            $"t{++_ids}",
                            new TimerBody(
                                new TimerSpec(Now, TimerKind.LinkRequest, 0, 0, Link: note)
                            )
                        )
                    );
                else
                    Last.Add($"[{note.Chat.Channel}] {Words.English.LinkWrongCode}");
                break;
            case LinkChat link:
                Assert.Empty(State(link.Chat).Loops);
                _chats[link.Chat] = group;
                break;
            case UnlinkChat unlink:
                _chats[unlink.Chat] = unlink.To;
                break;
        }
    }

    [GeneratedRegex(@": ([A-Z2-7]{10})\b")]
    private static partial Regex CodeLine();
}
