namespace CivBot.Telegram.Api;

using System.Globalization;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using Microsoft.Extensions.Options;

/// <summary>
/// Telegram.Bot's client inside CivBot's rules: its own HttpClient, never IHttpClientFactory, whose request logging
/// would print the token-bearing URL; the library's 429 retry off (<c>RetryThreshold = 0</c>), so the outbox decides
/// when to send again; a timeout per call on the host's clock (a long poll and a send need different ones); and every
/// answer Telegram gives returned as a <see cref="TelegramAnswer{T}"/> rather than thrown.
/// </summary>
internal sealed class TelegramBot : IDisposable
{
    /// <summary>The only updates CivBot reads; everything else Telegram need not send.</summary>
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates =
    [
        UpdateType.Message,
        UpdateType.CallbackQuery,
    ];

    private readonly HttpClient _http;
    private readonly TelegramBotClient _client;
    private readonly string _token;
    private readonly TimeProvider _time;

    public TelegramBot(
        IOptions<TelegramOptions> options,
        TelegramTransport transport,
        TimeProvider time
    )
    {
        _time = time;
        _token = options.Value.Token;
        // Timeouts are per call; the HttpClient itself never times out.
        _http = new HttpClient(transport.Handler, disposeHandler: false)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client = new TelegramBotClient(
            new TelegramBotClientOptions(_token, options.Value.ApiBaseUrl.TrimEnd('/'))
            {
                RetryThreshold = 0,
            },
            _http
        );
    }

    /// <summary>Calls one method; an error answer is returned, not thrown. Throws only when no answer came.</summary>
    /// <exception cref="TelegramTimeoutException">No answer within <paramref name="timeout"/>.</exception>
    /// <exception cref="TelegramTransportException">The connection failed.</exception>
    public async Task<TelegramAnswer<T>> CallAsync<T>(
        string method,
        Func<ITelegramBotClient, CancellationToken, Task<T>> call,
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
            return TelegramAnswer<T>.Success(await call(_client, cts.Token));
        }
        catch (ApiRequestException e)
        {
            return new(
                false,
                default,
                e.ErrorCode,
                e.Message,
                e.Parameters?.RetryAfter,
                e.Parameters?.MigrateToChatId,
                e.HttpStatusCode is { } status ? (int)status : e.ErrorCode
            );
        }
        catch (Exception e)
            when (e is OperationCanceledException || e.InnerException is OperationCanceledException)
        {
            // The library wraps a cancellation while reading the answer's body; either way, whose was it?
            cancellationToken.ThrowIfCancellationRequested();
            throw new TelegramTimeoutException(method, timeout);
        }
        catch (RequestException e) when (e.HttpStatusCode is { } status)
        {
            // An answer, but not one of the Bot API's (a proxy's error page, a body without its fields).
            var code = (int)status;
            return new(
                false,
                default,
                code,
                $"HTTP {code} without a Bot API answer",
                null,
                null,
                code
            );
        }
        catch (RequestException e)
        {
            throw new TelegramTransportException(method, TokenRedactor.Redact(e.Message, _token));
        }
    }

    /// <summary>A CivBot chat id as the Bot API takes it: a number on the wire; a @username stays a string.</summary>
    public static ChatId ChatIdOf(string chatId) =>
        long.TryParse(
            chatId,
            NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out var id
        )
            ? new ChatId(id)
            : new ChatId(chatId);

    public void Dispose() => _http.Dispose();
}
