namespace CivBot.Storage.Tests.Stores;

using CivBot.Core.Flows;
using CivBot.Storage.Database;
using CivBot.Storage.FlowVersions;
using CivBot.Storage.Meta;
using CivBot.Storage.Tests.Support;

public abstract class FlowVersionAndMetaStoreTests(StorageProvider provider) : IAsyncLifetime
{
    private TempDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TempDatabase.CreateAsync(provider);

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    private static FlowDefinition Flow(string yaml, int version = 1) =>
        new(
            "cociv-loop",
            version,
            "Loop",
            "",
            [],
            new Dictionary<FlowAction, IReadOnlyList<Actor>>(),
            new EmergencySettings([], ""),
            new Dictionary<string, string>(),
            "flows/cociv-loop.yaml",
            yaml
        );

    [Fact]
    public async Task Each_flow_text_is_stored_once_and_an_edited_file_adds_a_version_beside_the_old_one()
    {
        await using var harness = await StorageHarness.StartAsync(_db);
        var store = harness.Get<FlowVersionStore>();

        Assert.Equal(1, await store.SaveAsync([Flow("id: cociv-loop\nversion: 1\n")]));
        Assert.Equal(0, await store.SaveAsync([Flow("id: cociv-loop\nversion: 1\n")]));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await store.SaveAsync([Flow("id: cociv-loop\nversion: 2\n", 2)]));

        await using var restarted = await StorageHarness.StartAsync(_db);
        var texts = await restarted.Get<FlowVersionStore>().LoadYamlAsync();
        Assert.Equal(
            [
                new StoredFlowText("flows/cociv-loop.yaml", "id: cociv-loop\nversion: 1\n"),
                new StoredFlowText("flows/cociv-loop.yaml", "id: cociv-loop\nversion: 2\n"),
            ],
            texts
        );
    }

    [Fact]
    public async Task The_initializer_stores_the_catalogs_flows()
    {
        await using var harness = await StorageHarness.StartAsync(
            _db,
            flows: new FlowCatalog([Flow("id: cociv-loop\n")])
        );

        var (file, yaml) = Assert.Single(await harness.Get<FlowVersionStore>().LoadYamlAsync());

        Assert.Equal(("flows/cociv-loop.yaml", "id: cociv-loop\n"), (file, yaml));
    }

    [Fact]
    public async Task Meta_values_are_set_overwritten_and_survive_a_restart()
    {
        await using (var harness = await StorageHarness.StartAsync(_db))
        {
            var meta = harness.Get<MetaStore>();
            Assert.Null(await meta.GetAsync("playground.clock"));
            await meta.SetAsync("playground.clock", "2025-03-01T09:00:00Z");
            await meta.SetAsync("playground.clock", "2025-03-02T09:00:00Z");
        }

        await using var restarted = await StorageHarness.StartAsync(_db);
        Assert.Equal(
            "2025-03-02T09:00:00Z",
            await restarted.Get<MetaStore>().GetAsync("playground.clock")
        );
    }
}

public sealed class FlowVersionAndMetaStoreTestsOnSqlite()
    : FlowVersionAndMetaStoreTests(StorageProvider.Sqlite);

public sealed class FlowVersionAndMetaStoreTestsOnPostgres()
    : FlowVersionAndMetaStoreTests(StorageProvider.Postgres);
