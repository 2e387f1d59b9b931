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
            errors.Add("CivBot:Telegram:Token is required (the token @BotFather gave you).");
        else if (!TokenShape().IsMatch(options.Token))
            errors.Add(
                "CivBot:Telegram:Token has characters a bot token never has (spaces or '/')."
            );
        if (!IsHttpUrl(options.ApiBaseUrl))
            errors.Add("CivBot:Telegram:ApiBaseUrl must be an absolute http(s) URL.");
        if (options.Mode == TelegramMode.Webhook)
        {
            if (!IsHttpUrl(options.WebhookUrl))
                errors.Add(
                    "CivBot:Telegram:WebhookUrl must be an absolute https URL in webhook mode."
                );
            if (options.WebhookSecret is null || !SecretShape().IsMatch(options.WebhookSecret))
                errors.Add(
                    "CivBot:Telegram:WebhookSecret is required in webhook mode: 1-256 characters of A-Z a-z 0-9 _ -."
                );
        }
        if (options.PollTimeoutSeconds is < 1 or > 50)
            errors.Add("CivBot:Telegram:PollTimeoutSeconds must be 1-50.");
        if (options.SendTimeoutSeconds <= 0)
            errors.Add("CivBot:Telegram:SendTimeoutSeconds must be positive.");
        if (
            options.Limits.PerChatIntervalSeconds < 0
            || options.Limits.PerGroupPerMinute < 1
            || options.Limits.OverallPerSecond < 1
        )
            errors.Add("CivBot:Telegram:Limits must be positive.");
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
