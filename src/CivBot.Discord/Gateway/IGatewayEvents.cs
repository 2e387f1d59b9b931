namespace CivBot.Discord.Gateway;

using System.Text.Json;

/// <summary>Receives each dispatch (op 0) in order. A throw means "not handled": the session resumes and it comes again.</summary>
internal interface IGatewayEvents
{
    Task HandleAsync(string type, JsonElement data, CancellationToken cancellationToken);
}
