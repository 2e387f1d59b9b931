namespace CivBot.Core.Tests.Support;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Core.Inbound;
using CivBot.Core.Kits;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>
/// Drives the pure engine the way storage does, in memory: keeps receipts, fires due timers in order, and renders
/// every message as a transcript line ("bot: ..." for the group, "bot → name: ..." for a direct message).
/// </summary>
public sealed class EngineHarness
{
    private static readonly Lazy<FlowCatalog> Shipped = new(() =>
    {
        var result = FlowLoader.LoadDirectory(Repo.Flows);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return new FlowCatalog(result.Flows);
    });

    private readonly List<TimerSpec> _timers = [];
    private readonly HashSet<string> _unreachable = [];
    private int _ids;

    /// <param name="aiModel">Set to give the engine an AI model, as a host with <c>CivBot:Ai</c> settings does.</param>
    public EngineHarness(
        string? flowId = null,
        IFlowCatalog? flows = null,
        string? aiModel = null,
        string? timeZone = null,
        string? language = null
    )
    {
        Engine = new LoopEngine(
            flows ?? Shipped.Value,
            new EngineOptions(
                flowId ?? (flows is null ? "cociv-loop" : flows.All[0].Id),
                AiModel: aiModel,
                TimeZone: timeZone,
                Language: language
            )
        );
        State = Engine.NewGroup(new GroupId("test-group"));
    }

    public static readonly ChatAddress GroupChat = new("playground", "group");

    public LoopEngine Engine { get; }

    public GroupState State { get; private set; }

    public DateTimeOffset Now { get; private set; } = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public List<Receipt> Receipts { get; } = [];

    public List<string> Transcript { get; } = [];

    /// <summary>The AI draft requests the engine made, in order.</summary>
    public List<RequestDraft> DraftRequests { get; } = [];

    public IReadOnlyList<TimerSpec> PendingTimers => _timers;

    /// <summary>Every message the engine sent, with its audience and edit key, for checks on its shape.</summary>
    public List<SendMessage> Messages { get; } = [];

    /// <summary>What the last call printed.</summary>
    public List<string> Last { get; private set; } = [];

    public List<string> Send(string name, string text) =>
        Handle(
            new InboundEvent(
                GroupChat,
                Member(name),
                $"m{++_ids}",
                new TextBody(text),
                SenderDirectChat: Dm(name)
            )
        );

    public List<string> SendPrivately(string name, string text) =>
        Handle(
            new InboundEvent(
                Dm(name),
                Member(name),
                $"m{++_ids}",
                new TextBody(text),
                IsPrivate: true,
                SenderDirectChat: Dm(name)
            )
        );

    public List<string> Press(string name, string payload) =>
        Handle(
            new InboundEvent(
                GroupChat,
                Member(name),
                $"m{++_ids}",
                new ButtonBody(payload),
                SenderDirectChat: Dm(name)
            )
        );

    /// <summary>Members without a private chat get group mentions instead of direct messages.</summary>
    public void Unreachable(string name) => _unreachable.Add(name);

    public static Sender Member(string name) => new(new MemberId($"playground:{name}"), name);

    private static ChatAddress Dm(string name) => new("playground", "dm:" + name);

    /// <summary>Moves the clock, firing every timer that falls due at its own time, in order.</summary>
    public List<string> Wait(TimeSpan span)
    {
        var target = Now + span;
        var printed = new List<string>();
        while (true)
        {
            var due = _timers.Where(t => t.DueAt <= target).OrderBy(t => t.DueAt).FirstOrDefault();
            if (due is null)
                break;
            _timers.Remove(due);
            if (due.DueAt > Now)
                Now = due.DueAt;
            printed.AddRange(
                Handle(
                    new InboundEvent(
                        new ChatAddress("timer", "test-group"),
                        Sender.System,
                        $"t{++_ids}",
                        new TimerBody(due)
                    )
                )
            );
        }
        Now = target;
        Last = printed;
        return printed;
    }

    public List<string> Handle(InboundEvent input)
    {
        var result = Engine.Handle(State, input, Now);
        State = result.State;
        var printed = new List<string>();
        foreach (var effect in result.Effects)
        {
            switch (effect)
            {
                case AppendReceipt a:
                    Assert.Equal(Receipts.Count + 1, a.Receipt.Seq);
                    Receipts.Add(a.Receipt);
                    break;
                case ScheduleTimer t:
                    _timers.Add(t.Timer);
                    break;
                case RequestDraft d:
                    DraftRequests.Add(d);
                    break;
                case SendMessage s:
                    Messages.Add(s);
                    printed.AddRange(Render(s.To, s.Reply.Text, input));
                    break;
                case ShowReceipts q:
                    var page = Receipts
                        .Where(r => r.Seq <= q.AsOfSeq && (q.Loop is null || r.Loop == q.Loop))
                        .OrderByDescending(r => r.Seq)
                        .Skip((q.Page - 1) * 10)
                        .Take(11)
                        .ToList();
                    printed.AddRange(
                        Render(
                            q.To,
                            ReceiptText
                                .Page(
                                    CivBot.Core.Languages.Words.Of(q.Language),
                                    page.Take(10).ToList(),
                                    q.Loop,
                                    q.Page,
                                    page.Count > 10
                                )
                                .Text,
                            input
                        )
                    );
                    break;
                case ShowKit k:
                    printed.AddRange(
                        Render(
                            k.To,
                            k.Full
                                ? KitRenderer.Render(
                                    CivBot.Core.Languages.Words.Of(k.Language),
                                    k.Loop,
                                    Receipts.Where(r => r.Loop == k.Loop).ToList()
                                )
                                : KitSummary.Render(
                                    CivBot.Core.Languages.Words.Of(k.Language),
                                    k.Loop,
                                    Receipts.Where(r => r.Loop == k.Loop).ToList()
                                ),
                            input
                        )
                    );
                    break;
                case VerifyReceipts v:
                    ChainBreak? broken = null;
                    Receipt? prev = null;
                    foreach (var r in Receipts)
                    {
                        broken ??= ReceiptChain.Check(prev, r);
                        prev = r;
                    }
                    printed.AddRange(
                        Render(
                            v.To,
                            ReceiptText
                                .Verified(
                                    CivBot.Core.Languages.Words.Of(v.Language),
                                    Receipts.Count,
                                    broken
                                )
                                .Text,
                            input
                        )
                    );
                    break;
            }
        }
        Transcript.AddRange(printed);
        Last = printed;
        return printed;
    }

    private IEnumerable<string> Render(Audience to, string text, InboundEvent input)
    {
        string prefix = to switch
        {
            GroupAudience => "bot: ",
            OriginAudience o when o.Chat.ChatId.StartsWith("dm:", StringComparison.Ordinal) =>
                $"bot → {o.Chat.ChatId[3..]}: ",
            OriginAudience => "bot: ",
            MemberAudience m when !_unreachable.Contains(m.Handle) => $"bot → {m.Handle}: ",
            MemberAudience { FallbackToGroup: true } m => $"bot: @{m.Handle} ",
            _ => "",
        };
        if (prefix == "")
            return [];
        _ = input;
        return text.Split('\n').Select(line => prefix + line);
    }

    public TimerSpec? NextTimer(TimerKind kind) =>
        _timers.Where(t => t.Kind == kind).OrderBy(t => t.DueAt).FirstOrDefault();

    public IEnumerable<Receipt> OfKind(ReceiptKind kind) => Receipts.Where(r => r.Kind == kind);
}
