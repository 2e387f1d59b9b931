namespace CivBot.Discord.Sending;

using System.Text.Json.Nodes;
using CivBot.Core.Replies;

/// <summary>Reply buttons as action rows (five buttons a row, five rows at most), the payload as the custom id.</summary>
public static class MessageComponents
{
    public const int MaxCustomId = 100;
    public const int MaxLabel = 80;
    private const int PerRow = 5;
    private const int MaxRows = 5;

    public static JsonArray? From(IReadOnlyList<ReplyButton> buttons)
    {
        if (buttons.Count == 0)
            return null;
        if (buttons.Count > PerRow * MaxRows)
            throw new ArgumentException(
                $"Discord shows at most {PerRow * MaxRows} buttons.",
                nameof(buttons)
            );
        var rows = new JsonArray();
        foreach (var chunk in buttons.Chunk(PerRow))
        {
            var row = new JsonArray();
            foreach (var button in chunk)
            {
                if (button.Payload.Length is 0 or > MaxCustomId)
                    throw new ArgumentException(
                        $"Button payload must be 1-{MaxCustomId} characters; Discord would refuse the message.",
                        nameof(buttons)
                    );
                row.Add(
                    new JsonObject
                    {
                        ["type"] = 2,
                        ["style"] = 1,
                        // Labels are plain text (no markdown applies there), only length-limited.
                        ["label"] =
                            button.Label.Length > MaxLabel
                                ? button.Label[..(MaxLabel - 1)] + "…"
                                : button.Label,
                        ["custom_id"] = button.Payload,
                    }
                );
            }
            rows.Add(new JsonObject { ["type"] = 1, ["components"] = row });
        }
        return rows;
    }
}
