namespace CivBot.Telegram.Api;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

/// <summary>
/// The Bot API over plain HTTP: POST JSON to <c>{ApiBaseUrl}/bot{token}/{method}</c>, read <c>ok</c> / <c>result</c> or
/// the error. Its own HttpClient rather than IHttpClientFactory, whose request logging would print the token-bearing URL.
/// Timeouts are per call (a long poll and a send need different ones), so the HttpClient itself never times out.
/// </summary>
internal sealed class TelegramClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _token;
    private readonly string _baseUrl;
    private readonly TimeProvider _time;

    public TelegramClient(IOptions<TelegramOptions> options, TimeProvider time)
        : this(
            new HttpClient(
                new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }
            ),
            options,
            time
        ) { }

    public TelegramClient(HttpClient http, IOptions<TelegramOptions> options, TimeProvider time)
    {
        _http = http;
        _time = time;
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _token = options.Value.Token;
        _baseUrl = options.Value.ApiBaseUrl.TrimEnd('/');
    }

    /// <summary>Calls a method; an error answer is returned, not thrown. Throws only when no answer came.</summary>
    /// <exception cref="TelegramTimeoutException">No answer within <paramref name="timeout"/>.</exception>
    /// <exception cref="TelegramTransportException">The connection failed.</exception>
    public async Task<TelegramResponse> CallAsync(
        string method,
        JsonObject parameters,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        // The timeout runs on the host's clock, so tests decide when a call has waited too long, not machine load.
        using var timer = new CancellationTokenSource(timeout, _time);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken,
            timer.Token
        );
        try
        {
            using var content = JsonContent.Create(parameters);
            using var response = await _http.PostAsync(
                $"{_baseUrl}/bot{_token}/{method}",
                content,
                cts.Token
            );
            var body = await response.Content.ReadAsStringAsync(cts.Token);
            return Parse((int)response.StatusCode, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramTimeoutException(method, timeout);
        }
        catch (HttpRequestException e)
        {
            throw new TelegramTransportException(method, TokenRedactor.Redact(e.Message, _token));
        }
    }

    internal static TelegramResponse Parse(int status, string body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            root = default;
        }
        if (root.ValueKind != JsonValueKind.Object)
            return new(
                status,
                false,
                default,
                status,
                $"HTTP {status} without a JSON body",
                null,
                null
            );
        var ok =
            root.TryGetProperty("ok", out var okElement)
            && okElement.ValueKind == JsonValueKind.True;
        var result = root.TryGetProperty("result", out var r) ? r.Clone() : default;
        var code =
            root.TryGetProperty("error_code", out var c) && c.TryGetInt32(out var n) ? n : status;
        // Telegram says "description"; the emulator's unsupported-method answer says "message".
        var description =
            root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
                ? d.GetString()!
            : root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()!
            : "";
        int? retryAfter = null;
        long? migrateTo = null;
        if (root.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            if (p.TryGetProperty("retry_after", out var ra) && ra.TryGetInt32(out var seconds))
                retryAfter = seconds;
            if (p.TryGetProperty("migrate_to_chat_id", out var mt) && mt.TryGetInt64(out var chat))
                migrateTo = chat;
        }
        return new(
            status,
            ok && status is >= 200 and < 300,
            result,
            ok ? 0 : code,
            description,
            retryAfter,
            migrateTo
        );
    }

    public void Dispose() => _http.Dispose();
}
