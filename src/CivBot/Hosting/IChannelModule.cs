namespace CivBot.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>How a channel project plugs into <c>run</c>: its services (sender, pollers) and its webhook endpoints.</summary>
public interface IChannelModule
{
    string Name { get; }

    void Register(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(WebApplication app);
}
