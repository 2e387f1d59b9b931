namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Effects;
using CivBot.Core.Inbound;
using CivBot.Core.Replies;

/// <summary>
/// One event being handled: the working state and the effects gathered so far. Split by concern into partial files
/// (listen, vote, do, audit, collect, steward moves, information, timers).
/// </summary>
internal sealed partial class Turn(
    LoopEngine engine,
    GroupState state,
    InboundEvent input,
    DateTimeOffset now
)
{
    public GroupState State { get; private set; } = state;

    public List<Effect> Effects { get; } = [];

    /// <summary>The member acting: the sender, or the member their account was merged into (<c>/me link</c>).</summary>
    private Model.MemberId Me => MergedInto(input.Sender.Id);

    private string MyHandle => input.Sender.Handle;

    private Audience Origin => new OriginAudience(input.Chat, input.ThreadId);

    public void Run()
    {
        if (input.Body is TimerBody timer)
        {
            OnTimer(timer.Timer);
            return;
        }
        if (input.Body is DraftBody draft)
        {
            OnDraft(draft);
            return;
        }
        if (input.Body is ChatMovedBody moved)
        {
            OnChatMoved(moved.From);
            return;
        }
        // A merged account speaks as its member, whose handle is not replaced by this account's display name.
        if (Me == input.Sender.Id)
            EnsureMember();
        NoteLanguage();
        NoteChat();
        switch (input.Body)
        {
            case CommandBody c:
                OnCommand(CommandParser.FromParts(c.Name, c.Args));
                break;
            case TextBody t:
                OnText(t.Text);
                break;
            case ButtonBody b:
                OnButton(b.Payload);
                break;
            case AttachmentBody a:
                OnAttachment(a);
                break;
            case MembershipBody m:
                OnMembership(m.Joined);
                break;
        }
    }

    private void OnText(string text)
    {
        var command = CommandParser.Parse(text);
        if (command is not null)
        {
            OnCommand(command);
            return;
        }
        var trimmed = text.Trim();
        if (trimmed is "+1" or "👍")
        {
            Support();
            return;
        }
        // Over SMS or in a DM a bare number answers the open vote ("Reply 1, 2 or 3").
        if (
            input.IsPrivate
            && trimmed.Length > 0
            && trimmed.Split(' ', ',').All(w => w.Length == 0 || w.All(char.IsAsciiDigit))
        )
        {
            var voting = State.Loops.Where(l => l.Vote is not null).ToList();
            if (voting.Count == 1)
            {
                Vote(new ParsedCommand("vote", trimmed.Replace(',', ' '), voting[0].No));
                return;
            }
            Tell(w => voting.Count == 0 ? w.NoVoteOpen : w.SeveralVotesOpen(voting[0].No, trimmed));
            return;
        }
        // Ordinary conversation in a group is not for the bot. In a private chat nobody else is listening,
        // so an unanswered message would feel lost: say what works.
        if (input.IsPrivate)
            Tell(w => w.PrivateHint);
    }

    private void OnCommand(ParsedCommand cmd)
    {
        // Text hygiene before anything is recorded or echoed; /name checks the raw text so it can say what was wrong.
        if (cmd.Name != "name")
            cmd = cmd with { Args = TextHygiene.Clean(cmd.Args) };
        switch (cmd.Name)
        {
            case "ask":
                Ask(cmd);
                break;
            case "add":
                Add(cmd, []);
                break;
            case "propose":
                if (!AdoptsDraft(cmd))
                    Propose(cmd);
                break;
            case "vote":
                Vote(cmd);
                break;
            case "object":
                Object(cmd);
                break;
            case "claim":
                Claim(cmd);
                break;
            case "spend":
                Spend(cmd);
                break;
            case "done":
                Done(cmd);
                break;
            case "audit":
                Audit(cmd);
                break;
            case "check":
                Check(cmd, []);
                break;
            case "next":
                Next(cmd);
                break;
            case "undo":
                Undo(cmd);
                break;
            case "status":
                Status(cmd);
                break;
            case "roles":
                Roles();
                break;
            case "optout":
                OptOut(cmd, optIn: false);
                break;
            case "optin":
                OptOut(cmd, optIn: true);
                break;
            case "receipts":
                Receipts(cmd);
                break;
            case "verify":
                Verify(cmd);
                break;
            case "publish":
                Publish(cmd);
                break;
            case "unpublish":
                Unpublish();
                break;
            case "kit":
                Kit(cmd);
                break;
            case "smscode":
                SmsCode(cmd);
                break;
            case "join":
                Join(cmd);
                break;
            case "name":
                Name(cmd);
                break;
            case "withdraw":
                Withdraw(cmd);
                break;
            case "handoff":
                Handoff(cmd);
                break;
            case "improve":
                Improve(cmd);
                break;
            case "timezone":
                SetTimeZone(cmd);
                break;
            case "language":
                SetLanguage(cmd);
                break;
            case "flows":
                ListFlows();
                break;
            case "link":
                Link(cmd);
                break;
            case "links":
                ListLinks();
                break;
            case "unlink":
                Unlink();
                break;
            case "me":
                MeCommand(cmd);
                break;
            case "flow":
                SetFlow(cmd);
                break;
            case "ai":
                Ai(cmd);
                break;
            case "draft":
                DraftCommand(cmd);
                break;
            case "help":
            case "start":
                Help();
                break;
            default:
                if (FlowWithCommand(cmd.Name) is { } flow)
                    FlowCommand(flow, cmd);
                else
                {
                    List<string> flowCommands =
                    [
                        .. engine.Flows.All.Select(f => f.Command).OfType<string>(),
                    ];
                    Tell(w =>
                        w.UnknownCommand(
                            cmd.Name,
                            Texts.Guess(cmd.Name, flowCommands),
                            string.Join(", ", flowCommands.Select(c => "/" + c))
                        )
                    );
                }
                break;
        }
    }

    private void OnButton(string payload)
    {
        // Payloads are ours: "v:<loop>:<option>" (vote), "f:<loop>:<flow id>" (switch flow). Anything else is stale or forged: say so kindly.
        var parts = payload.Split(':');
        if (
            parts.Length == 3
            && parts[0] == "v"
            && int.TryParse(parts[1], out var loopNo)
            && int.TryParse(parts[2], out var option)
        )
        {
            Vote(
                new ParsedCommand(
                    "vote",
                    option.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    loopNo
                )
            );
            return;
        }
        if (payload == KnownCommands.LinkConfirmPayload)
        {
            Link(new ParsedCommand("link", "confirm", null));
            return;
        }
        if (parts.Length == 3 && parts[0] == "f" && int.TryParse(parts[1], out var flowLoop))
        {
            OnFlowButton(flowLoop, parts[2]);
            return;
        }
        if (OnDraftButton(parts))
            return;
        Tell(w => w.ButtonGone);
    }

    private void OnAttachment(AttachmentBody a)
    {
        var caption = a.Caption.Trim();
        var command = CommandParser.Parse(caption);
        if (command is { Name: "add" or "check" or "done" or "spend" })
        {
            var withLinks = command with
            {
                Args = (command.Args + " " + string.Join(' ', a.Links)).Trim(),
            };
            if (command.Name == "add")
                Add(withLinks, a.Links);
            else if (command.Name == "check")
                Check(withLinks, a.Links);
            else
                OnCommand(withLinks);
            return;
        }
        var open = State.Loops;
        if (open.Count == 1)
        {
            var cmd = new ParsedCommand(
                "add",
                (caption + " " + string.Join(' ', a.Links)).Trim(),
                open[0].No
            );
            if (FlowOf(open[0]).Phase(open[0].Phase).Kind == Flows.PhaseKind.Collect)
                Check(cmd with { Name = "check" }, a.Links);
            else
                Add(cmd, a.Links);
            return;
        }
        Tell(w => w.AttachmentWithoutLoop);
    }

    private void Emit(Effect effect) => Effects.Add(effect);

    /// <summary>Answers only where the event came from, in that chat's language.</summary>
    private void Tell(Func<Languages.Words, string> text) =>
        Emit(new SendMessage(Origin, Reply.Plain(text(Here))));

    /// <summary>Posts to every chat of the group (in the loop's thread where it has one), in the group's language.</summary>
    private void Say(LoopState? loop, Func<Languages.Words, string> text) =>
        SayReply(loop, w => Reply.Plain(text(w)));

    /// <summary>Posts a message with buttons (or one edited in place: <paramref name="editKey"/>) to the group.</summary>
    private void SayReply(
        LoopState? loop,
        Func<Languages.Words, Reply> reply,
        string? editKey = null
    ) =>
        Emit(
            new SendMessage(
                new GroupAudience(loop?.ThreadChat, loop?.ThreadId),
                reply(GroupWords),
                editKey
            )
        );

    /// <summary>
    /// Tells one member privately, in their language; falls back to a mention in the group when they cannot be reached.
    /// </summary>
    /// <param name="loop">The loop the message is about: a fallback mention goes to that loop's thread.</param>
    private void Dm(
        Model.MemberId member,
        Func<Languages.Words, string> text,
        bool fallbackToGroup = true,
        LoopState? loop = null
    ) => DmReply(member, w => Reply.Plain(text(w)), fallbackToGroup, loop);

    private void DmReply(
        Model.MemberId member,
        Func<Languages.Words, Reply> reply,
        bool fallbackToGroup = true,
        LoopState? loop = null
    )
    {
        var handle = State.Member(member)?.Handle ?? member.Value;
        Emit(
            new SendMessage(
                new MemberAudience(
                    member,
                    handle,
                    fallbackToGroup,
                    loop?.ThreadChat,
                    loop?.ThreadId,
                    LastChatOf(member)
                ),
                reply(WordsOf(member))
            )
        );
    }
}
