namespace CivBot.Telegram;

using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

/// <summary>Checked when the host starts, so a bad setting stops <c>run</c> with a clear reason instead of failing later.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
            errors.Add(
                "CivBot:Telegram:Token is missing (the token @BotFather gave you); e.g. CivBot__Telegram__Token=123456789:AAH..."
            );
        else if (!TokenShape().IsMatch(options.Token))
            errors.Add(
                "CivBot:Telegram:Token has characters a bot token never has (spaces or '/'); e.g. CivBot__Telegram__Token=123456789:AAH..."
            );
        if (!IsHttpUrl(options.ApiBaseUrl))
            errors.Add(
                "CivBot:Telegram:ApiBaseUrl is not an absolute http(s) URL; e.g. CivBot__Telegram__ApiBaseUrl=https://api.telegram.org"
            );
        else if (new Uri(options.ApiBaseUrl).AbsolutePath.Trim('/').Length > 0)
            // Telegram.Bot calls {scheme}://{host}/bot<token>/<method> and drops any path of the base address.
            errors.Add(
                "CivBot:Telegram:ApiBaseUrl has a path, which the Bot API client ignores: give the server's address only; e.g. CivBot__Telegram__ApiBaseUrl=http://127.0.0.1:8081"
            );
        if (options.Mode == TelegramMode.Webhook)
        {
            if (!IsHttpUrl(options.WebhookUrl))
                errors.Add(
                    "CivBot:Telegram:WebhookUrl is not an absolute https URL, which webhook mode needs; e.g. CivBot__Telegram__WebhookUrl=https://civbot.example.org/telegram/webhook"
                );
            if (options.WebhookSecret is null || !SecretShape().IsMatch(options.WebhookSecret))
                errors.Add(
                    "CivBot:Telegram:WebhookSecret is missing or not 1-256 of A-Z a-z 0-9 _ -, which webhook mode needs; e.g. CivBot__Telegram__WebhookSecret=a-long-random-secret"
                );
        }
        if (options.PollTimeoutSeconds is < 1 or > 50)
            errors.Add(
                $"CivBot:Telegram:PollTimeoutSeconds is {options.PollTimeoutSeconds}, outside 1-50; e.g. CivBot__Telegram__PollTimeoutSeconds=25"
            );
        if (options.SendTimeoutSeconds <= 0)
            errors.Add(
                $"CivBot:Telegram:SendTimeoutSeconds is {options.SendTimeoutSeconds}, which is not positive; e.g. CivBot__Telegram__SendTimeoutSeconds=15"
            );
        if (
            options.Limits.PerChatIntervalSeconds < 0
            || options.Limits.PerGroupPerMinute < 1
            || options.Limits.OverallPerSecond < 1
        )
            errors.Add(
                "CivBot:Telegram:Limits must be positive; e.g. CivBot__Telegram__Limits__OverallPerSecond=30"
            );
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex(@"^[^\s/]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
