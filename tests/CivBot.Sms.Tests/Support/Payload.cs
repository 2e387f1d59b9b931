namespace CivBot.Sms.Tests.Support;

using System.Text.Json;

/// <summary>Recorded Twilio form payloads (tests/CivBot.Sms.Tests/Payloads/*.json, field → value).</summary>
public static class Payload
{
    public static Dictionary<string, string> Load(string name) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json"))
        )!;
}
