namespace CivBot.Testing.Telegram;

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// Test-only: where the npm telegram-test-api answers differently from Telegram, its answer is rewritten to what
/// Telegram sends, so the production client reads the emulator as it reads Telegram. The differences: dates in
/// milliseconds (Telegram: seconds), <c>result: null</c> where Telegram returns <c>true</c> or, for editMessageText,
/// the edited Message, and errors that carry <c>message</c> instead of <c>error_code</c> and <c>description</c>.
/// </summary>
public sealed class EmulatorAdapter(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var method = request.RequestUri!.Segments[^1];
        var asked = request.Content is null
            ? null
            : Parse(await request.Content.ReadAsStringAsync(cancellationToken));
        var response = await base.SendAsync(request, cancellationToken);
        if (Parse(await response.Content.ReadAsStringAsync(cancellationToken)) is not { } answer)
            return response;
        if (answer["ok"]?.GetValueKind() == JsonValueKind.True)
        {
            if (answer["result"] is null)
                answer["result"] =
                    method == "editMessageText" && asked is not null
                        ? new JsonObject
                        {
                            ["message_id"] = asked["message_id"]?.DeepClone(),
                            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                            ["chat"] = new JsonObject
                            {
                                ["id"] = asked["chat_id"]?.DeepClone(),
                                ["type"] = "supergroup",
                            },
                            ["text"] = asked["text"]?.DeepClone(),
                        }
                        : true;
            SecondsNotMilliseconds(answer["result"]);
        }
        else if (answer["description"] is null)
        {
            answer["error_code"] ??= (int)response.StatusCode;
            answer["description"] = answer["message"]?.DeepClone() ?? "error";
        }
        response.Content = new StringContent(
            answer.ToJsonString(),
            Encoding.UTF8,
            "application/json"
        );
        return response;
    }

    private static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void SecondsNotMilliseconds(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (
                        name == "date"
                        && value is JsonValue v
                        && v.TryGetValue<long>(out var date)
                        && date > 100_000_000_000
                    )
                        o[name] = date / 1000;
                    else
                        SecondsNotMilliseconds(value);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                    SecondsNotMilliseconds(item);
                break;
        }
    }
}
