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
            errors.Add(
                "CivBot:Discord:Token is missing (the Bot page of your application); e.g. CivBot__Discord__Token=<bot token>"
            );
        else if (!TokenShape().IsMatch(options.Token))
            errors.Add(
                "CivBot:Discord:Token has characters a bot token never has (spaces, or a 'Bot ' prefix); give the bare token, e.g. CivBot__Discord__Token=<bot token>"
            );
        if (
            !string.IsNullOrEmpty(options.ApplicationId)
            && !Snowflake().IsMatch(options.ApplicationId)
        )
            errors.Add(
                $"CivBot:Discord:ApplicationId is '{options.ApplicationId}', which is not a numeric application id; e.g. CivBot__Discord__ApplicationId=123456789012345678"
            );
        for (var i = 0; i < options.GuildIds.Count; i++)
            if (!Snowflake().IsMatch(options.GuildIds[i]))
                errors.Add(
                    $"CivBot:Discord:GuildIds:{i} is '{options.GuildIds[i]}', which is not a server id (Developer Mode, then right-click the server, Copy Server ID); e.g. CivBot__Discord__GuildIds__{i}=123456789012345678"
                );
        if (!IsUrl(options.ApiBaseUrl, "http", "https"))
            errors.Add(
                "CivBot:Discord:ApiBaseUrl is not an absolute http(s) URL; e.g. CivBot__Discord__ApiBaseUrl=https://discord.com/api/v10"
            );
        if (!string.IsNullOrEmpty(options.GatewayUrl) && !IsUrl(options.GatewayUrl, "ws", "wss"))
            errors.Add(
                "CivBot:Discord:GatewayUrl is not an absolute ws(s) URL; e.g. CivBot__Discord__GatewayUrl=wss://gateway.discord.gg"
            );
        if (options.RequestTimeoutSeconds <= 0 || options.ReconnectDelaySeconds < 0)
            errors.Add(
                "CivBot:Discord:RequestTimeoutSeconds and CivBot:Discord:ReconnectDelaySeconds must be positive; e.g. CivBot__Discord__RequestTimeoutSeconds=15"
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
