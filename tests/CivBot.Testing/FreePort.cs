namespace CivBot.Testing;

using System.Net;
using System.Net.Sockets;

public static class FreePort
{
    /// <summary>A loopback port nobody listens on right now (for servers that must know their URL before they start).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
