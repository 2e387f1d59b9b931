namespace CivBot.Tests.Ai;

using System.Text.RegularExpressions;
using CivBot.Cli;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Hosting;
using CivBot.Playground;
using CivBot.Storage.Outbox;
using CivBot.Storage.Timers;
using CivBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The whole path on loopback: the engine, SQLite, the outbox, the AI sender with the real OpenAI-compatible client,
/// and a scripted Chat Completions server. Time is a manual clock; the model's time-out fires when the test moves it.
/// </summary>
public sealed partial class AiDraftLoopbackTests
{
    private const string Key = "sk-test-never-logged";
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    private sealed class Bot(
        ServiceProvider services,
        ManualTimeProvider clock,
        StringWriter output,
        TempDb db
    ) : IAsyncDisposable
    {
        private int _ids;
        private int _printed;

        public ManualTimeProvider Clock => clock;

        public TempDb Db => db;

        public static async Task<Bot> StartAsync(FakeChatCompletions model)
        {
            var db = new TempDb();
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(
                    new Dictionary<string, string?>
                    {
                        ["CivBot:Ai:Endpoint"] = model.Url,
                        ["CivBot:Ai:Model"] = "test-model",
                        ["CivBot:Ai:ApiKey"] = Key,
                        ["CivBot:Ai:TimeoutSeconds"] = "20",
                    }
                )
                .Build();
            var clock = new ManualTimeProvider { ControlsTimers = true };
            var output = new StringWriter();
            var services = OneShot.Build(
                configuration,
                Configuration.Settings(configuration),
                db.Path,
                FlowSetup.Load(Repo.Flows, "cociv-loop"),
                clock,
                new PlaygroundSender(output)
            );
            await services.InitializeCivBotAsync(CancellationToken.None);
            return new Bot(services, clock, output, db);
        }

        public Task SubmitAsync(string name, string text, string chat = "group") =>
            services
                .GetRequiredService<IInboundSink>()
                .SubmitAsync(
                    new InboundEvent(
                        new ChatAddress(PlaygroundChannel.Name, chat),
                        new Sender(PlaygroundChannel.Member(name), name),
                        $"t{++_ids}",
                        new TextBody(text)
                    ),
                    CancellationToken.None
                )
                .WaitAsync(Cap);

        /// <summary>Sends until nothing is due (a draft request, once sent, queues the draft) and returns what was printed.</summary>
        public async Task<List<string>> DispatchAsync()
        {
            var outbox = services.GetRequiredService<OutboxDispatcher>();
            while (await outbox.DispatchDueAsync(CancellationToken.None).WaitAsync(Cap) > 0) { }
            return Printed();
        }

        public async Task<List<string>> SayAsync(string name, string text, string chat = "group")
        {
            await SubmitAsync(name, text, chat);
            return await DispatchAsync();
        }

        /// <summary>Moves the clock and fires the durable timers that fell due.</summary>
        public async Task<List<string>> WaitAsync(TimeSpan span)
        {
            clock.Advance(span);
            await services
                .GetRequiredService<TimerScheduler>()
                .FireDueAsync(CancellationToken.None);
            return await DispatchAsync();
        }

        private List<string> Printed()
        {
            var all = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var fresh = all.Skip(_printed).Select(l => l.TrimEnd('\r')).ToList();
            _printed = all.Length;
            return fresh;
        }

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            db.Dispose();
        }
    }

    private static long Seq(string prompt, string what) =>
        long.Parse(
            Regex.Match(prompt, $@"r#(\d+) {Regex.Escape(what)}").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture
        );

    private static string Draft(
        IEnumerable<(string Text, long[] Cites)> summary,
        IEnumerable<(string Text, long[] Cites)>? options = null
    ) =>
        FakeChatCompletions.Json(
            new
            {
                summary = summary.Select(s => new { text = s.Text, cites = s.Cites }),
                options = (options ?? []).Select(s => new { text = s.Text, cites = s.Cites }),
            }
        );

    private static bool Unreliable(List<string> said) =>
        said.Any(l => l.Contains("was not reliable", StringComparison.Ordinal));

    [Fact]
    public async Task Only_checked_drafts_reach_the_group_nothing_is_recorded_until_a_member_adopts_and_groups_not_opted_in_cost_no_call()
    {
        await using var model = await FakeChatCompletions.StartAsync();
        await using var bot = await Bot.StartAsync(model);
        foreach (var name in new[] { "dan", "eve", "fay", "ann" })
            await bot.SayAsync(name, "/help");

        // Not opted in: no model call, for this group or any other.
        await bot.SayAsync("ann", "/ask Need a ride to the clinic before 5pm", chat: "other");
        Assert.Contains(
            "bot: AI drafts are off for this group. Anyone can propose turning them on with /ai on; the group decides.",
            await bot.SayAsync("eve", "/draft", chat: "other")
        );
        await bot.SayAsync("ann", "/ai on");
        Assert.Contains(
            "bot: AI drafts are off",
            string.Join('\n', await bot.SayAsync("eve", "/draft", chat: "other"))
        );
        Assert.Empty(model.Requests);
        Assert.Contains(
            await bot.WaitAsync(TimeSpan.FromHours(25)),
            l => l.StartsWith("bot: AI drafts are on.", StringComparison.Ordinal)
        );

        await bot.SayAsync("ann", "/ask Need a ride to the clinic before 5pm");
        await bot.SayAsync("eve", "/add I can drive after 4pm, my car seats 3");
        await bot.SayAsync("eve", "/propose Eve drives");

        // A good draft is posted as a draft: marked, cited, numbered, and no receipt.
        model.Answer(p =>
            Draft(
                [
                    ("Ann needs a ride to the clinic before 5pm.", [Seq(p, "ask by ann")]),
                    ("Eve said \"I can drive after 4pm\".", [Seq(p, "context by eve")]),
                ],
                [("Eve drives Ann at 4pm", [Seq(p, "context by eve")])]
            )
        );
        var receipts = bot.Db.Count("SELECT count(*) FROM receipts");
        var posted = await bot.SayAsync("fay", "/draft");
        Assert.Contains("bot: 📝 DRAFT — AI, not a receipt · #1", posted);
        Assert.Contains(
            posted,
            l => Regex.IsMatch(l, @"^bot: • Eve said ""I can drive after 4pm""\. r#\d+$")
        );
        Assert.Contains("bot: 1. Eve drives Ann at 4pm", posted);
        Assert.Equal(receipts, bot.Db.Count("SELECT count(*) FROM receipts"));

        // Only a member's action makes it a receipt, marked ai-assisted with the model and the prompt's hash.
        await bot.SayAsync("fay", "/propose draft 1");
        Assert.Equal(receipts + 1, bot.Db.Count("SELECT count(*) FROM receipts"));
        Assert.Equal(
            1,
            bot.Db.Count(
                "SELECT count(*) FROM receipts WHERE kind = 'option' AND actor = 'fay' AND actor_type = 'member' "
                    + "AND summary LIKE 'Option 2: Eve drives Ann at 4pm (AI-assisted draft: test-model, prompt sha256 %'"
            )
        );

        // A vote in progress: option 1 has 2 votes, option 2 has 1.
        await bot.SayAsync("dan", "/vote");
        await bot.SayAsync("ann", "/vote 1");
        await bot.SayAsync("eve", "/vote 1");
        await bot.SayAsync("fay", "/vote 2");

        await bot.WaitAsync(TimeSpan.FromMinutes(2));
        model.Answer(p =>
            Draft([("Eve said \"I will drive for free\".", [Seq(p, "context by eve")])])
        );
        Assert.True(Unreliable(await bot.SayAsync("fay", "/draft")));

        await bot.WaitAsync(TimeSpan.FromMinutes(2));
        model.Answer(p =>
            Draft([
                (
                    "Option 1 has 1 vote and option 2 has 2 votes.",
                    [Seq(p, "option by eve"), Seq(p, "option by fay")]
                ),
            ])
        );
        Assert.True(Unreliable(await bot.SayAsync("fay", "/draft")));

        await bot.WaitAsync(TimeSpan.FromMinutes(2));
        model.Answer(_ => "Sure! Ann needs a ride and Eve can drive.");
        Assert.True(Unreliable(await bot.SayAsync("fay", "/draft")));

        // A model that never answers: the time-out (on the manual clock) ends the wait with one line.
        await bot.WaitAsync(TimeSpan.FromMinutes(2));
        model.Hang();
        await bot.SubmitAsync("fay", "/draft");
        var sending = bot.DispatchAsync();
        await model.Hanging.Task.WaitAsync(Cap);
        Assert.False(sending.IsCompleted);
        bot.Clock.Advance(TimeSpan.FromSeconds(21));
        Assert.Contains(
            "bot: The AI took too long on #1, so there is no draft. Try /draft #1 again later.",
            await sending.WaitAsync(Cap)
        );

        // The vote closes; eve spends; a draft with the wrong amount fails, the right one passes.
        await bot.SayAsync("dan", "/vote 1");
        await bot.SayAsync("eve", "/claim");
        await bot.SayAsync("eve", "/spend 12.50 EUR taxi deposit");
        await bot.WaitAsync(TimeSpan.FromMinutes(2));
        model.Answer(p =>
            Draft([("Eve spent 15 EUR on a taxi deposit.", [Seq(p, "spend by eve")])])
        );
        Assert.True(Unreliable(await bot.SayAsync("fay", "/draft")));

        await bot.WaitAsync(TimeSpan.FromMinutes(2));
        model.Answer(p =>
            Draft([("Eve spent 12.50 EUR on a taxi deposit.", [Seq(p, "spend by eve")])])
        );
        var second = await bot.SayAsync("fay", "/draft");
        Assert.Contains("bot: 📝 DRAFT — AI, not a receipt · #1", second);

        // Two good drafts reached the group, none of the five bad ones; drafts themselves left no receipt.
        Assert.Equal(7, model.Requests.Count);
        Assert.Equal(
            0,
            bot.Db.Count("SELECT count(*) FROM receipts WHERE summary GLOB '*DRAFT — AI*'")
        );
        Assert.Equal(
            1,
            bot.Db.Count("SELECT count(*) FROM receipts WHERE summary LIKE '%AI-assisted%'")
        );
        Assert.Contains(
            await bot.SayAsync("ann", "/verify"),
            l => l.StartsWith("bot: ✅ All", StringComparison.Ordinal)
        );

        // What went to the model: structured output asked for, handles only, never member ids; the key only as auth.
        foreach (var (body, authorization) in model.Requests)
        {
            Assert.Equal("test-model", body["model"]!.ToString());
            Assert.Equal("json_schema", body["response_format"]!["type"]!.ToString());
            var sent = body.ToJsonString();
            Assert.Contains("by eve", sent, StringComparison.Ordinal);
            Assert.DoesNotContain("playground:", sent, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\bm-[0-9a-f]{12}\b", sent);
            Assert.DoesNotContain(Key, sent, StringComparison.Ordinal);
            Assert.Equal("Bearer " + Key, authorization);
        }
    }

    [Fact]
    public async Task Without_ai_settings_the_commands_say_ai_is_not_set_up_here()
    {
        using var db = new TempDb();
        var lines = await Playground.RunAsync(db.Path, "cociv-loop", "ann: /ai on", "ann: /draft");
        Assert.All(lines, l => Assert.StartsWith("bot: AI drafts are not set up here", l));
        Assert.Equal(2, lines.Count);
    }
}
