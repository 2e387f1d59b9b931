namespace CivBot.Discord.Tests.Sending;

using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Discord.Sending;
using CivBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The real sender under the real outbox dispatcher, on a manual clock, against a loopback REST API that limits and fails.</summary>
public sealed class SenderRetryTests : IAsyncLifetime
{
    private LoopbackDiscord _discord = null!;
    private Pipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _discord = await LoopbackDiscord.StartAsync();
        _pipeline = await Pipeline.StartAsync(_discord.ApiUrl);
    }

    public async Task DisposeAsync()
    {
        await _pipeline.DisposeAsync();
        await _discord.DisposeAsync();
    }

    private int Posts(string channel = Pipeline.Channel) =>
        _discord.CallsTo("POST", $"/channels/{channel}/messages").Count();

    private void AnswerFirstPost(StubAnswer answer)
    {
        var first = true;
        _discord.Answer = call =>
            call.Is("POST", "/channels/") && first && !(first = false) ? answer : null;
    }

    [Fact]
    public async Task An_empty_bucket_holds_the_next_message_until_its_reset_without_calling_discord()
    {
        _discord.Headers = call =>
            call.Is("POST", "/channels/")
                ? new Dictionary<string, string>
                {
                    ["X-RateLimit-Bucket"] = "abc123",
                    ["X-RateLimit-Limit"] = "5",
                    ["X-RateLimit-Remaining"] = "0",
                    ["X-RateLimit-Reset-After"] = "2.5",
                }
                : null;
        await _pipeline.SayAsync("1", "ann", "/status");
        await _pipeline.SayAsync("1", "ann", "/roles");

        Assert.Equal(1, await _pipeline.DispatchAsync());
        Assert.Equal(1, Posts());
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(2.4));
        Assert.Equal(0, await _pipeline.DispatchAsync());
        Assert.Equal(1, Posts());
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, await _pipeline.DispatchAsync());
        Assert.Equal(2, Posts());
        Assert.Equal(2, _discord.Messages.Count);
    }

    [Fact]
    public async Task A_route_429_waits_its_fractional_retry_after_then_sends_once()
    {
        AnswerFirstPost(StubAnswer.RateLimited(1.75));
        await _pipeline.SayAsync("1", "ann", "/status");

        Assert.Equal(0, await _pipeline.DispatchAsync());
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(1.7));
        Assert.Equal(0, await _pipeline.DispatchAsync());
        Assert.Equal(1, Posts());
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(0.05));
        Assert.Equal(1, await _pipeline.DispatchAsync());
        Assert.Equal(2, Posts());
        Assert.Single(_discord.Messages);
        Assert.Equal(0, await _pipeline.DispatchAsync());
    }

    [Fact]
    public async Task A_global_429_holds_every_channel_not_just_the_one_that_met_it()
    {
        AnswerFirstPost(StubAnswer.RateLimited(3.25, global: true));
        await _pipeline.SayAsync("1", "ann", "/status", channel: "111");
        await _pipeline.SayAsync("2", "bob", "/status", channel: "222");

        Assert.Equal(0, await _pipeline.DispatchAsync());
        Assert.Single(_discord.Calls, c => c.Is("POST", "/channels/"));
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(3.2));
        Assert.Equal(0, await _pipeline.DispatchAsync());
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(0.05));
        Assert.Equal(2, await _pipeline.DispatchAsync());
        Assert.Equal(2, Posts("111"));
        Assert.Equal(1, Posts("222"));
        Assert.Equal(2, _discord.Messages.Count);
    }

    [Fact]
    public async Task A_server_error_is_retried_after_backoff_and_the_message_arrives_once()
    {
        var failures = 2;
        _discord.Answer = call =>
            call.Is("POST", "/channels/") && failures-- > 0
                ? StubAnswer.Error(502, 0, "Bad Gateway")
                : null;
        await _pipeline.SayAsync("1", "ann", "/status");

        Assert.Equal(0, await _pipeline.DispatchAsync());
        // The backoff is 1 s, then 2 s, each plus up to half again (spread per message, so retries do not bunch).
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(0, await _pipeline.DispatchAsync());
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await _pipeline.DispatchAsync());
        Assert.Equal(3, Posts());
        Assert.Single(_discord.Messages);
    }

    [Fact]
    public async Task A_fallback_mention_pings_the_member_by_id_even_when_this_process_never_saw_them()
    {
        // As after a restart: the sender has no handle-to-user map for "cy", only the member id on the message.
        var sender = _pipeline.Services.GetRequiredService<DiscordSender>();
        var message = new OutboundMessage(
            43,
            new ChatAddress("discord", "333"),
            null,
            false,
            null,
            "cy",
            Reply.Plain("You are the auditor of #1"),
            null,
            null,
            new MemberId("discord:103")
        );

        Assert.IsType<Sent>(await sender.SendAsync(message, CancellationToken.None));

        var posted = Assert.Single(_discord.MessagesIn("333"));
        Assert.StartsWith(
            "<@103> You are the auditor of #1",
            posted.Content,
            StringComparison.Ordinal
        );
        Assert.Equal(["103"], posted.AllowedUsers);
    }

    [Fact]
    public async Task A_long_message_is_split_and_a_retry_resumes_after_the_parts_already_sent()
    {
        var sender = _pipeline.Services.GetRequiredService<DiscordSender>();
        var text = string.Join(
            "\n",
            Enumerable.Range(1, 120).Select(i => $"Line {i}: *starred* notes_with_underscores")
        );
        var message = new OutboundMessage(
            42,
            new ChatAddress("discord", "333"),
            null,
            false,
            null,
            null,
            Reply.Plain(text),
            null,
            null
        );
        var posts = 0;
        _discord.Answer = call =>
            call.Is("POST", "/channels/333/messages") && ++posts == 2
                ? StubAnswer.RateLimited(0.5)
                : null;

        var first = await sender.SendAsync(message, CancellationToken.None);
        var retry = Assert.IsType<RetryLater>(first);
        Assert.Equal(TimeSpan.FromSeconds(0.5), retry.After);
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.IsType<Sent>(await sender.SendAsync(message, CancellationToken.None));

        var parts = _discord.MessagesIn("333");
        Assert.True(parts.Count >= 3, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.InRange(p.Content.Length, 1, 2000));
        Assert.Equal(
            text.Replace("\n", "", StringComparison.Ordinal),
            string.Concat(parts.Select(p => p.Text.Replace("\n", "", StringComparison.Ordinal)))
        );
        Assert.Equal(parts.Count, parts.Select(p => p.Text).Distinct().Count());
    }

    [Fact]
    public async Task A_member_who_closed_their_dms_is_mentioned_in_the_channel_and_only_they_are_pinged()
    {
        _pipeline.Services.GetRequiredService<KnownMembers>().Learn("bob", "2");
        await _pipeline.SayAsync("2", "bob", "/help");
        await _pipeline.DispatchAsync();
        _discord.Answer = call =>
            call.Is("POST", "/channels/72/messages")
                ? StubAnswer.Error(403, 50007, "Cannot send messages to this user")
                : null;

        await _pipeline.SayAsync("1", "ann", "/ask Need a ride to the clinic @everyone");
        await _pipeline.DispatchAsync();
        await _pipeline.DispatchAsync();

        var nudge = Assert.Single(
            _discord.MessagesIn(Pipeline.Channel),
            m => m.Text.StartsWith("<@2> You are the steward of #1", StringComparison.Ordinal)
        );
        Assert.Equal(["2"], nudge.AllowedUsers);
        Assert.True(nudge.ParsesNoMentions);
        Assert.All(_discord.Messages.Values, m => Assert.True(m.ParsesNoMentions));
        Assert.All(
            _discord.Messages.Values.Where(m => m != nudge),
            m => Assert.Empty(m.AllowedUsers)
        );
        Assert.Single(_discord.CallsTo("POST", "/users/@me/channels"));
        Assert.Equal(
            1,
            _pipeline.Db.Count("SELECT COUNT(*) FROM member_contacts WHERE reachable = 0")
        );
    }
}
