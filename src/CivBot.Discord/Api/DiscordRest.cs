namespace CivBot.Discord.Api;

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

/// <summary>
/// Discord's REST API: JSON over HTTP with <c>Authorization: Bot &lt;token&gt;</c>, inside the learned rate limits. Its own
/// HttpClient rather than IHttpClientFactory, whose request logging would print headers and interaction-token URLs.
/// Errors are returned, not thrown.
/// </summary>
internal sealed class DiscordRest : IDisposable
{
    public const string UserAgent = "DiscordBot (https://github.com/civbot/civbot, 1.0)";

    private const int MaxWaitingTries = 4;

    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly string _token;
    private readonly TimeSpan _timeout;
    private readonly RateLimits _limits;
    private readonly TimeProvider _time;

    public DiscordRest(IOptions<DiscordOptions> options, RateLimits limits, TimeProvider time)
        : this(
            new HttpClient(
                new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }
            ),
            options,
            limits,
            time
        ) { }

    public DiscordRest(
        HttpClient http,
        IOptions<DiscordOptions> options,
        RateLimits limits,
        TimeProvider time
    )
    {
        _http = http;
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _baseUrl = options.Value.ApiBaseUrl.TrimEnd('/');
        _token = options.Value.Token;
        _timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);
        _limits = limits;
        _time = time;
    }

    /// <summary>
    /// One call for the outbox: when the bucket is empty or a 429 comes back, the 429-shaped answer says how long to
    /// wait, and the outbox retries then. Only the bot's own per-second budget, which frees up within a second, is
    /// waited for here (on the injected clock): turning it into retries would cost a database write and an attempt per
    /// message and leave the pace to the outbox's polling.
    /// </summary>
    public async Task<DiscordResponse> TryAsync(
        HttpMethod method,
        string path,
        JsonNode? body,
        CancellationToken cancellationToken
    )
    {
        var route = DiscordRoute.Of(method, path);
        while (true)
        {
            var answered = _limits.NextAnswer;
            var wait = _limits.TryTake(route, out var ownBudgetOnly);
            if (wait <= TimeSpan.Zero)
                break;
            if (!ownBudgetOnly)
                return new DiscordResponse(429, default, 0, "rate limit bucket empty", wait);
            // The budget frees up a second after an answer, or once one comes to a request still waiting for its own.
            using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(Task.Delay(wait, _time, delay.Token), answered);
            await delay.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
        return await CallAsync(method, path, route, body, cancellationToken);
    }

    /// <summary>For calls outside the outbox (start-up, threads, DMs, interaction answers): waits out limits, a few tries.</summary>
    public async Task<DiscordResponse> SendAsync(
        HttpMethod method,
        string path,
        JsonNode? body,
        CancellationToken cancellationToken
    )
    {
        var route = DiscordRoute.Of(method, path);
        DiscordResponse response = DiscordResponse.NoAnswer("not tried");
        for (var attempt = 0; attempt < MaxWaitingTries; attempt++)
        {
            TimeSpan wait;
            while ((wait = _limits.TryTake(route)) > TimeSpan.Zero)
                await Task.Delay(wait, _time, cancellationToken);
            response = await CallAsync(method, path, route, body, cancellationToken);
            if (response.Status != 429)
                return response;
            await Task.Delay(
                response.RetryAfter ?? TimeSpan.FromSeconds(1),
                _time,
                cancellationToken
            );
        }
        return response;
    }

    private async Task<DiscordResponse> CallAsync(
        HttpMethod method,
        string path,
        DiscordRoute route,
        JsonNode? body,
        CancellationToken cancellationToken
    )
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(_timeout);
        using var request = new HttpRequestMessage(method, _baseUrl + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (body is not null)
            request.Content = new StringContent(
                body.ToJsonString(),
                Encoding.UTF8,
                "application/json"
            );
        try
        {
            using var response = await _http.SendAsync(request, cts.Token);
            var text = await response.Content.ReadAsStringAsync(cts.Token);
            var parsed = Parse((int)response.StatusCode, text, response.Headers);
            _limits.Learn(route, response.Headers, parsed.Status, parsed.RetryAfter, parsed.Global);
            return parsed;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DiscordResponse.NoAnswer(
                $"{route.Key} got no answer within {_timeout.TotalSeconds:0.#} s"
            );
        }
        catch (HttpRequestException e)
        {
            return DiscordResponse.NoAnswer($"{route.Key} failed: {Redact(e.Message)}");
        }
        finally
        {
            _limits.Answered(route);
        }
    }

    internal static DiscordResponse Parse(int status, string text, HttpHeaders headers)
    {
        JsonElement root = default;
        try
        {
            if (text.Length > 0)
                root = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException) { }
        var isObject = root.ValueKind == JsonValueKind.Object;
        var code =
            isObject && root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
        var message =
            isObject
            && root.TryGetProperty("message", out var m)
            && m.ValueKind == JsonValueKind.String
                ? m.GetString()!
                : "";
        if (status != 429)
            return new DiscordResponse(status, root, code, message);
        // retry_after is in seconds with decimals; Retry-After (whole seconds) only when the body has none.
        double? seconds =
            isObject && root.TryGetProperty("retry_after", out var ra) && ra.TryGetDouble(out var s)
                ? s
                : null;
        if (
            seconds is null
            && headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.First(), CultureInfo.InvariantCulture, out var h)
        )
            seconds = h;
        var global =
            (
                isObject
                && root.TryGetProperty("global", out var g)
                && g.ValueKind == JsonValueKind.True
            )
            || (
                headers.TryGetValues("X-RateLimit-Global", out var gv)
                && string.Equals(gv.First(), "true", StringComparison.OrdinalIgnoreCase)
            );
        return new DiscordResponse(
            status,
            root,
            code,
            message,
            TimeSpan.FromSeconds(Math.Max(0, seconds ?? 1)),
            global
        );
    }

    private string Redact(string text) =>
        string.IsNullOrEmpty(_token)
            ? text
            : text.Replace(_token, "<token>", StringComparison.Ordinal);

    public void Dispose() => _http.Dispose();
}
