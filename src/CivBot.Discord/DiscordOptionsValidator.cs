namespace CivBot.Discord;

using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

/// <summary>Checked when the host starts, so a bad setting stops <c>run</c> with a clear reason instead of failing later.</summary>
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
            errors.Add("CivBot:Discord:Token is required (Bot page of your application).");
        else if (!TokenShape().IsMatch(options.Token))
            errors.Add(
                "CivBot:Discord:Token has characters a bot token never has (spaces, or a 'Bot ' prefix: give the bare token)."
            );
        if (
            !string.IsNullOrEmpty(options.ApplicationId)
            && !Snowflake().IsMatch(options.ApplicationId)
        )
            errors.Add("CivBot:Discord:ApplicationId must be the numeric application id.");
        if (options.GuildIds.Any(g => !Snowflake().IsMatch(g)))
            errors.Add("CivBot:Discord:GuildIds must be numeric server ids.");
        if (!IsUrl(options.ApiBaseUrl, "http", "https"))
            errors.Add("CivBot:Discord:ApiBaseUrl must be an absolute http(s) URL.");
        if (!string.IsNullOrEmpty(options.GatewayUrl) && !IsUrl(options.GatewayUrl, "ws", "wss"))
            errors.Add("CivBot:Discord:GatewayUrl must be an absolute ws(s) URL.");
        if (options.RequestTimeoutSeconds <= 0 || options.ReconnectDelaySeconds < 0)
            errors.Add(
                "CivBot:Discord:RequestTimeoutSeconds and ReconnectDelaySeconds must be positive."
            );
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsUrl(string? value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme);

    [GeneratedRegex(@"^[A-Za-z0-9._\-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[0-9]{1,20}$")]
    private static partial Regex Snowflake();
}
