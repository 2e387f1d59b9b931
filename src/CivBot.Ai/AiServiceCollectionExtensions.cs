namespace CivBot.Ai;

using System.ClientModel;
using System.ClientModel.Primitives;
using CivBot.Core.Ports;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI;

public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// AI drafts, when <paramref name="options"/> names a model: an <see cref="IChatClient"/> for the OpenAI-compatible
    /// server and the sender of the "ai" pseudo-channel. Without a model nothing is registered and the engine says AI
    /// is not set up here.
    /// </summary>
    public static IServiceCollection AddCivBotAi(
        this IServiceCollection services,
        AiOptions options
    )
    {
        if (!options.IsConfigured)
            return services;
        services.AddSingleton(options);
        services.AddSingleton(_ => CreateClient(options));
        services.AddSingleton<IChannelSender>(sp => new AiDrafter(
            sp.GetRequiredService<IChatClient>(),
            options,
            sp.GetRequiredService<IGroupEvents>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<AiDrafter>>()
        ));
        return services;
    }

    /// <summary>An OpenAI Chat Completions client with no retries of its own: one request per draft.</summary>
    internal static IChatClient CreateClient(AiOptions options)
    {
        var client = new OpenAIClient(
            // Local servers ignore the key, but the client insists on one.
            new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = string.IsNullOrWhiteSpace(options.Endpoint)
                    ? null
                    : new Uri(options.Endpoint),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(5),
            }
        );
        return client.GetChatClient(options.Model).AsIChatClient();
    }
}
