namespace CivBot.Playground;

using System.Globalization;
using CivBot.Core.Ports;

/// <summary>
/// Prints what the bot sends: group messages as <c>bot: ...</c>, direct messages as <c>bot → name: ...</c>, each line of a
/// multi-line message with the prefix. This output is a contract other tools read; keep it stable.
/// </summary>
public sealed class PlaygroundSender(TextWriter output) : IChannelSender
{
    private long _sent;

    public string Channel => PlaygroundChannel.Name;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var prefix = message.Chat.ChatId.StartsWith("dm:", StringComparison.Ordinal)
            ? $"bot → {message.RecipientHandle ?? message.Chat.ChatId[3..]}: "
            : "bot: ";
        var text = message.MentionHandle is { } mention
            ? $"@{mention} {message.Reply.Text}"
            : message.Reply.Text;
        lock (output)
        {
            foreach (var line in text.Split('\n'))
                output.WriteLine(prefix + line.TrimEnd('\r'));
            output.Flush();
        }
        var id = Interlocked.Increment(ref _sent).ToString(CultureInfo.InvariantCulture);
        return Task.FromResult<SendResult>(new Sent(id));
    }
}
