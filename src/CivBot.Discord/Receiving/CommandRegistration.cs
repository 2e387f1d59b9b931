namespace CivBot.Discord.Receiving;

using CivBot.Discord.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Registers the slash commands by bulk overwrite once per run, after READY names the application: per configured
/// server (they appear at once) or globally (Discord may take a while to show them). A failure leaves typed commands working.
/// </summary>
internal sealed class CommandRegistration(
    DiscordRest rest,
    IOptions<DiscordOptions> options,
    Core.Flows.IFlowCatalog flows,
    ILogger<CommandRegistration> logger
)
{
    private int _started;

    private List<SlashCommand> FlowCommands =>
        [
            .. flows
                .All.Where(f => f.Command is not null)
                .Select(f => SlashCommands.ForFlow(f.Command!, f.Title)),
        ];

    public Task? Completion { get; private set; }

    public void Start(string? applicationIdFromReady, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
            return;
        var applicationId = string.IsNullOrWhiteSpace(options.Value.ApplicationId)
            ? applicationIdFromReady
            : options.Value.ApplicationId;
        if (applicationId is null)
        {
            logger.LogWarning("No Discord application id known; slash commands are not registered");
            return;
        }
        Completion = Task.Run(
            () => RegisterAsync(applicationId, cancellationToken),
            cancellationToken
        );
    }

    private async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var targets =
            options.Value.GuildIds.Count > 0
                ? options
                    .Value.GuildIds.Select(g =>
                        $"/applications/{applicationId}/guilds/{g}/commands"
                    )
                    .ToList()
                : [$"/applications/{applicationId}/commands"];
        foreach (var path in targets)
        {
            var response = await rest.SendAsync(
                HttpMethod.Put,
                path,
                SlashCommands.Registration(FlowCommands),
                cancellationToken
            );
            if (response.Ok)
                logger.LogInformation(
                    "Discord slash commands registered ({Count}, {Scope})",
                    SlashCommands.All.Count + FlowCommands.Count,
                    options.Value.GuildIds.Count > 0 ? "per server" : "global"
                );
            else
                logger.LogWarning(
                    "Discord refused the slash commands ({Response}); typed commands still work",
                    response
                );
        }
    }
}
