namespace CivBot.Storage.Tests.Outbox;

using System.Diagnostics.Metrics;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using CivBot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

/// <summary>The outbox backlog gauges as a scrape reads them.</summary>
public sealed class OutboxGaugesTests
{
    [Fact]
    public async Task A_backlog_read_that_fails_keeps_the_last_figures_in_the_scrape_and_says_why_in_the_log()
    {
        using var database = new TempDatabase();
        await using var harness = await StorageHarness.StartAsync(database);
        var at = harness.Time.GetUtcNow().AddMinutes(-5).ToUnixTimeMilliseconds();
        database.Execute(
            "INSERT INTO outbox (channel, chat_id, reply_json, next_attempt_at, created_at) "
                + $"VALUES ('sms', 'a', '{{}}', {at}, {at}), ('sms', 'b', '{{}}', {at}, {at})"
        );
        var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        await using var _ = services;
        var meters = services.GetRequiredService<IMeterFactory>();
        var logs = new LogRecorder();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var gauges = new OutboxGauges(
            meters,
            harness.Get<IDbContextFactory<CivBotDbContext>>(),
            harness.Time,
            loggers.CreateLogger<OutboxGauges>()
        );
        GC.KeepAlive(gauges);

        Assert.Equal((2, 300), Scrape(meters));

        // The table is gone for a moment (as if the database were being restored): the read fails.
        database.Execute("ALTER TABLE outbox RENAME TO outbox_away");
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal((2, 300), Scrape(meters));
        Assert.Contains(
            logs.Lines,
            l => l.Contains("Could not read the outbox backlog", StringComparison.Ordinal)
        );

        database.Execute("ALTER TABLE outbox_away RENAME TO outbox");
        database.Execute("UPDATE outbox SET status = 'sent' WHERE chat_id = 'a'");
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal((1, 304), Scrape(meters));
    }

    /// <summary>The two gauges of this factory's meter, as one collection reads them (age in whole seconds).</summary>
    private static (long Pending, int OldestSeconds) Scrape(IMeterFactory meters)
    {
        var values = new Dictionary<string, double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, meters))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((i, v, _, _) => values[i.Name] = v);
        listener.SetMeasurementEventCallback<double>((i, v, _, _) => values[i.Name] = v);
        listener.Start();
        listener.RecordObservableInstruments();
        Assert.True(values.ContainsKey("civbot.outbox.pending"), "no pending gauge measured");
        return (
            (long)values["civbot.outbox.pending"],
            (int)values["civbot.outbox.oldest_pending_age"]
        );
    }
}
