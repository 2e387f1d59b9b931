namespace CivBot.Playground;

using System.Globalization;
using CivBot.Core.Ports;

/// <summary>
/// Prints what the bot sends: group messages as <c>bot: ...</c>, direct messages as <c>bot → name: ...</c>, each line of a
/// multi-line message with the prefix. An edit in place (the vote message after each ballot) prints once, as one
/// <c>bot: ↻ ...</c> line of what changed, instead of the whole block again. This output is a contract other tools
/// read; keep it stable.
/// </summary>
public sealed class PlaygroundSender(TextWriter output) : IChannelSender
{
    private long _sent;
    private readonly Dictionary<string, string> _printed = [];

    public string Channel => PlaygroundChannel.Name;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var prefix = message.Chat.ChatId.StartsWith("dm:", StringComparison.Ordinal)
            ? $"bot → {message.RecipientHandle ?? message.Chat.ChatId[3..]}: "
            : "bot: ";
        var text = message.MentionHandle is { } mention
            ? $"@{mention} {message.Reply.Text}"
            : message.Reply.Text;
        var id = Interlocked.Increment(ref _sent).ToString(CultureInfo.InvariantCulture);
        lock (output)
        {
            if (
                message.EditOfPlatformMessageId is { } target
                && _printed.TryGetValue(target, out var before)
            )
            {
                var old = before.Split('\n').ToHashSet(StringComparer.Ordinal);
                var changed = text.Split('\n').Where(l => !old.Contains(l)).ToList();
                if (changed.Count > 0)
                    output.WriteLine(prefix + "↻ " + string.Join(" · ", changed));
            }
            else
            {
                foreach (var line in text.Split('\n'))
                    output.WriteLine(prefix + line.TrimEnd('\r'));
            }
            output.Flush();
            if (message.EditKey is not null)
                _printed[id] = text;
        }
        return Task.FromResult<SendResult>(new Sent(id));
    }
}
