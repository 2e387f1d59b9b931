namespace CivBot.Testing.Telegram;

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// The npm telegram-test-api emulator in a node process on a free loopback port, driven through its test-client routes
/// (protocols.md §2.4). Closing stdin stops it; Dispose kills it if it does not stop.
/// </summary>
public sealed class Emulator : IAsyncDisposable
{
    public const string Token = "1234:AAtest";

    private readonly Process _process;

    // A safety net, not a check: the emulator is a node process that a loaded machine can slow down.
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string ApiUrl { get; }

    private Emulator(Process process, string apiUrl)
    {
        _process = process;
        ApiUrl = apiUrl;
    }

    /// <param name="webhookSecret">Sent back on every webhook POST, as Telegram does with setWebhook's secret_token.</param>
    /// <param name="admins">Users whom getChatMember calls administrators (everyone else is a plain member).</param>
    public static async Task<Emulator> StartAsync(
        string? webhookSecret = null,
        IEnumerable<long>? admins = null
    )
    {
        NpmPeers.Require("telegram-test-api");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Repo.PathTo("tests", "CivBot.Testing", "Telegram", "emulator.js"));
        start.ArgumentList.Add(
            FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        if (webhookSecret is not null)
            start.ArgumentList.Add("--secret=" + webhookSecret);
        if (admins is not null)
            start.ArgumentList.Add(
                "--admins="
                    + string.Join(
                        ',',
                        admins.Select(a =>
                            a.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        )
                    )
            );
        var process = Process.Start(start)!;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var line = await process.StandardOutput.ReadLineAsync(cts.Token);
            if (line is null || !line.StartsWith("ready ", StringComparison.Ordinal))
                throw new InvalidOperationException(
                    $"Emulator did not start: {line} {await process.StandardError.ReadToEndAsync(cts.Token)}"
                );
            return new Emulator(process, line["ready ".Length..]);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public Task CommandAsync(User user, Chat chat, string text, int? topic = null) =>
        PostAsync(
            "sendCommand",
            Message(
                user,
                chat,
                text,
                topic,
                new JsonArray(
                    new JsonObject
                    {
                        ["offset"] = 0,
                        ["length"] = text.Split(' ')[0].Length,
                        ["type"] = "bot_command",
                    }
                )
            )
        );

    public Task CallbackAsync(User user, Chat chat, long messageId, string data) =>
        PostAsync(
            "sendCallback",
            new JsonObject
            {
                ["botToken"] = Token,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["from"] = user.Json(),
                ["message"] = new JsonObject { ["chat"] = chat.Json(), ["message_id"] = messageId },
                ["data"] = data,
            }
        );

    /// <summary>Everything the bot sent for this token, as it stands now (edits are merged into their message).</summary>
    public async Task<List<BotMessage>> BotMessagesAsync()
    {
        using var response = await _http.PostAsJsonAsync(
            $"{ApiUrl}/getUpdatesHistory",
            new { token = Token }
        );
        response.EnsureSuccessStatusCode();
        var root = await response.Content.ReadFromJsonAsync<JsonElement>();
        var list = new List<BotMessage>();
        foreach (var item in root.GetProperty("result").EnumerateArray())
        {
            if (BotMessage.From(item) is { } message)
                list.Add(message);
        }
        return list;
    }

    /// <summary>
    /// Polls the history until <paramref name="condition"/> holds and returns it. The 30 s cap is only a safety net: on
    /// a loaded machine (the whole suite with a browser test beside it) one step of the story can take several seconds.
    /// </summary>
    public async Task<List<BotMessage>> WaitForAsync(
        Func<List<BotMessage>, bool> condition,
        string what
    )
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        List<BotMessage> messages;
        do
        {
            messages = await BotMessagesAsync();
            if (condition(messages))
                return messages;
            await Task.Delay(100);
        } while (DateTime.UtcNow < until);
        throw new TimeoutException(
            $"Timed out waiting for {what}. The bot sent:\n{string.Join("\n", messages.Select(m => $"[{m.ChatId}] {m.Text}"))}"
        );
    }

    private static JsonObject Message(
        User user,
        Chat chat,
        string text,
        int? topic,
        JsonArray? entities
    )
    {
        var o = new JsonObject
        {
            ["botToken"] = Token,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = user.Json(),
            ["chat"] = chat.Json(),
            ["text"] = text,
        };
        if (entities is not null)
            o["entities"] = entities;
        if (topic is { } thread)
        {
            o["message_thread_id"] = thread;
            o["is_topic_message"] = true;
        }
        return o;
    }

    private async Task PostAsync(string route, JsonObject body)
    {
        using var response = await _http.PostAsJsonAsync($"{ApiUrl}/{route}", body);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (Exception)
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        _http.Dispose();
    }
}
