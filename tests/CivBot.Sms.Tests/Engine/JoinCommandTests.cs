namespace CivBot.Sms.Tests.Engine;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Hosting;
using CivBot.Sms.Tests.Support;

/// <summary>The engine's side of joining by SMS: /smscode, /join and /name, pure.</summary>
public sealed class JoinCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly LoopEngine _engine = new(
        FlowSetup.Load(Repo.Flows, "cociv-loop"),
        new EngineOptions("cociv-loop")
    );
    private GroupState _state;
    private int _n;

    public JoinCommandTests() => _state = _engine.NewGroup(new GroupId("playground:group"));

    private List<Effect> Send(string who, string text, bool sms = false)
    {
        var chat = sms
            ? new ChatAddress("sms", "+15005550006")
            : new ChatAddress("playground", "group");
        var result = _engine.Handle(
            _state,
            new InboundEvent(
                chat,
                new Sender(new MemberId(sms ? "sms:abcdef0123456789" : "playground:" + who), who),
                $"e{++_n}",
                new TextBody(text),
                IsPrivate: sms,
                SenderDirectChat: sms ? chat : null
            ),
            Now
        );
        _state = result.State;
        return [.. result.Effects];
    }

    private static string Said(List<Effect> effects) =>
        string.Join("\n", effects.OfType<SendMessage>().Select(s => s.Reply.Text));

    [Fact]
    public void Smscode_makes_a_code_registers_it_and_keeps_it_until_renewed()
    {
        var first = Send("ann", "/smscode");
        var code = Assert.Single(first.OfType<RegisterJoinCode>()).Code;
        Assert.Matches("^[A-Z2-7]{6}$", code);
        Assert.Contains(
            $"Text JOIN {code} to this group's CivBot number",
            Said(first),
            StringComparison.Ordinal
        );

        Assert.Equal(code, Assert.Single(Send("bob", "/smscode").OfType<RegisterJoinCode>()).Code);
        var renewed = Assert.Single(Send("ann", "/smscode new").OfType<RegisterJoinCode>()).Code;
        Assert.NotEqual(code, renewed);
        Assert.Equal(renewed, _state.JoinCode);
    }

    [Fact]
    public void Join_with_the_code_welcomes_the_texter_and_tells_the_group_once()
    {
        var code = Send("ann", "/smscode").OfType<RegisterJoinCode>().Single().Code;

        var joined = Send("texter-ab12", "/join " + code.ToLowerInvariant(), sms: true);

        Assert.StartsWith("Welcome! I'm CivBot, a bot.", Said(joined), StringComparison.Ordinal);
        Assert.Contains(
            joined.OfType<SendMessage>(),
            s => s.To is GroupAudience && s.Reply.Text == "👋 texter-ab12 joined by SMS."
        );
        Assert.DoesNotContain(
            Send("texter-ab12", "/join " + code, sms: true).OfType<SendMessage>(),
            s => s.To is GroupAudience
        );
        Assert.StartsWith(
            "That join code didn't match",
            Said(Send("texter-ab12", "/join AAAAAA", sms: true)),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Name_sets_a_handle_that_the_default_handle_no_longer_replaces()
    {
        Assert.Equal(
            "Thanks, others now see you as Dana.",
            Said(Send("texter-ab12", "/name Dana", sms: true))
        );
        Send("texter-ab12", "/status", sms: true);

        Assert.Equal("Dana", _state.Member(new MemberId("sms:abcdef0123456789"))!.Handle);
        Assert.StartsWith(
            "That name can't be used",
            Said(Send("texter-ab12", "/name 500 555 0006", sms: true)),
            StringComparison.Ordinal
        );
        Send("ann", "/help");
        Assert.StartsWith(
            "That name can't be used: it looks the same as ann, who is already in this group. How about Ann 2?",
            Said(Send("texter-ab12", "/name Ann", sms: true)),
            StringComparison.Ordinal
        );
    }
}
