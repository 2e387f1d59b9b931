namespace CivBot.Telegram.Tests.Receiving;

using System.Text.Json;
using CivBot.Telegram.Receiving;
using CivBot.Telegram.Tests.Support;

/// <summary>Commands a chat admin may use: the adapter asks Telegram (getChatMember) who administers the group.</summary>
public sealed class ChatAdminTests : IAsyncLifetime
{
    private const long Admin = 1001;
    private const long Member = 1002;
    private StubTelegram _stub = null!;
    private Pipeline _pipeline = null!;
    private long _update = 500;

    public async Task InitializeAsync()
    {
        _stub = await StubTelegram.StartAsync();
        _stub.Answer = (method, body) =>
            method == "getChatMember"
                ? (
                    200,
                    "{\"ok\":true,\"result\":{\"status\":\""
                        + (
                            body["user_id"]?.ToString()
                            == Admin.ToString(System.Globalization.CultureInfo.InvariantCulture)
                                ? "administrator"
                                : "member"
                        )
                        + "\",\"user\":{\"id\":1,\"is_bot\":false,\"first_name\":\"x\"}}}"
                )
                : null;
        _pipeline = await Pipeline.StartAsync(_stub.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _pipeline.DisposeAsync();
        await _stub.DisposeAsync();
    }

    private Task<long?> TypeAsync(long userId, string text)
    {
        var update = JsonDocument.Parse(
            $$$"""
            {"update_id":{{{++_update}}},"message":{"message_id":{{{_update}}},"from":{"id":{{{userId}}},"is_bot":false,"first_name":"U{{{userId}}}"},
             "chat":{"id":{{{Pipeline.Group}}},"type":"supergroup","title":"Ops"},"date":1767225600,"text":"{{{text}}}",
             "entities":[{"type":"bot_command","offset":0,"length":{{{text.IndexOf(
                ' ',
                StringComparison.Ordinal
            )}}}}]}}
            """
        );
        return _pipeline
            .Get<TelegramAdapter>()
            .HandleAsync(update.RootElement, CancellationToken.None);
    }

    private string ChosenFlow()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={_pipeline.Db.Path}"
        );
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT state_json FROM groups";
        var state = JsonDocument.Parse((string)cmd.ExecuteScalar()!).RootElement;
        return state.TryGetProperty("chosen_flow", out var f) ? f.GetString() ?? "" : "";
    }

    [Fact]
    public async Task A_group_administrator_may_change_the_default_flow_while_loops_are_open_and_a_member_may_not()
    {
        await _pipeline.SayAsync(2000, "ann", "/ask Chairs for the hall");
        Assert.Empty(_stub.CallsOf("getChatMember"));

        await TypeAsync(Member, "/flow listing-check");
        Assert.Equal("", ChosenFlow());

        await TypeAsync(Admin, "/flow listing-check");
        Assert.Equal("listing-check", ChosenFlow());

        var asked = _stub.CallsOf("getChatMember").ToList();
        Assert.Equal(2, asked.Count);
        Assert.All(asked, b => Assert.Equal(Pipeline.Group, b["chat_id"]?.ToString()));
    }

    [Fact]
    public async Task No_answer_from_telegram_means_not_an_admin()
    {
        _stub.Answer = (method, _) =>
            method == "getChatMember"
                ? (500, """{"ok":false,"error_code":500,"description":"Internal"}""")
                : null;
        await _pipeline.SayAsync(2000, "ann", "/ask Chairs for the hall");
        await TypeAsync(Admin, "/flow listing-check");
        Assert.Equal("", ChosenFlow());
    }
}
