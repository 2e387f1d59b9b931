namespace CivBot.Tests.Ai;

using CivBot.Ai;
using CivBot.Core.Ai;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Tests.Support;
using Microsoft.Extensions.Logging;

public sealed class AiSettingsTests
{
    private const string Key = "sk-test-never-logged";

    [Fact]
    public async Task The_playground_honours_the_ai_settings_from_the_environment()
    {
        await using var model = await FakeChatCompletions.StartAsync();
        model.Answer(p =>
            FakeChatCompletions.Json(
                new
                {
                    summary = new[]
                    {
                        new
                        {
                            text = "Ann needs a ride to the clinic before 5pm.",
                            cites = new[]
                            {
                                long.Parse(
                                    System
                                        .Text.RegularExpressions.Regex.Match(
                                            p,
                                            @"r#(\d+) ask by ann"
                                        )
                                        .Groups[1]
                                        .Value,
                                    System.Globalization.CultureInfo.InvariantCulture
                                ),
                            },
                        },
                    },
                    options = Array.Empty<object>(),
                }
            )
        );
        using var dir = new TempDb();
        var (exit, output, errors) = await CliProcess.RunAsync(
            dir.Dir,
            "ann: /ai on\n:wait 25h\nann: /ask Need a ride to the clinic before 5pm\neve: /draft\n",
            new Dictionary<string, string>
            {
                ["CivBot__Ai__Endpoint"] = model.Url,
                ["CivBot__Ai__Model"] = "test-model",
                ["CivBot__Ai__ApiKey"] = Key,
            },
            "chat",
            "--db",
            dir.Path
        );
        Assert.True(exit == 0, errors);
        Assert.Contains("bot: 📝 DRAFT — AI, not a receipt · #1", output, StringComparison.Ordinal);
        Assert.Single(model.Requests);
        Assert.DoesNotContain(Key, output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_cannot_be_reached_gives_one_unavailable_outcome_and_the_key_is_never_logged()
    {
        var options = new AiOptions
        {
            Endpoint = "http://127.0.0.1:9/v1",
            Model = "test-model",
            ApiKey = Key,
            TimeoutSeconds = 20,
        };
        var logs = new LogRecorder();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var events = new RecordingEvents();
        var drafter = new AiDrafter(
            AiServiceCollectionExtensions.CreateClient(options),
            options,
            events,
            TimeProvider.System,
            factory.CreateLogger<AiDrafter>()
        );
        var request = new DraftRequest(
            new GroupId("g"),
            3,
            new DraftFacts(1, "Need a ride", [], 0, false, new Dictionary<string, decimal>()),
            [new DraftReceipt(1, "ask", "ann", "Need a ride")]
        );
        var result = await drafter
            .SendAsync(
                new OutboundMessage(
                    77,
                    new ChatAddress("ai", "g"),
                    null,
                    false,
                    null,
                    null,
                    Reply.Plain(request.Serialize()),
                    null,
                    null
                ),
                CancellationToken.None
            )
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsType<Sent>(result);
        var (group, inbound) = Assert.Single(events.Submitted);
        Assert.Equal(new GroupId("g"), group);
        Assert.Equal("ai:77", inbound.PlatformId);
        var body = Assert.IsType<DraftBody>(inbound.Body);
        Assert.Equal(3, body.Serial);
        Assert.Equal(DraftFailure.Unavailable, body.Outcome.Failure);
        Assert.Equal("test-model", body.Outcome.Model);
        Assert.NotEmpty(logs.Entries);
        Assert.All(
            logs.Entries,
            e => Assert.DoesNotContain(Key, e.Message, StringComparison.Ordinal)
        );
    }

    private sealed class RecordingEvents : IGroupEvents
    {
        public List<(GroupId Group, InboundEvent Inbound)> Submitted { get; } = [];

        public Task<InboundOutcome> SubmitToGroupAsync(
            GroupId group,
            InboundEvent inbound,
            CancellationToken cancellationToken
        )
        {
            Submitted.Add((group, inbound));
            return Task.FromResult(InboundOutcome.Processed);
        }
    }
}
