namespace CivBot.Core.Engine;

using System.Globalization;
using CivBot.Core.Commands;

/// <summary>The group's time zone: every deadline and reminder is shown in its local time.</summary>
internal sealed partial class Turn
{
    private TimeZoneInfo? _zone;

    /// <summary>The group's choice (<c>/timezone</c>), else its flow's <c>time_zone</c>, else <c>CivBot:TimeZone</c>, else UTC.</summary>
    private TimeZoneInfo Zone =>
        _zone ??= TimeZones.OrUtc(
            State.TimeZone ?? FlowForNewLoops()?.TimeZone ?? engine.Options.TimeZone
        );

    /// <summary>"in 5m (17:05)", "in 2d (Fri 17:00)" in the group's local time.</summary>
    private string When(DateTimeOffset at) => Texts.When(at, now, Zone);

    private void SetTimeZone(ParsedCommand cmd)
    {
        var id = cmd.Args.Trim();
        if (id.Length == 0)
        {
            Tell(
                $"Times here are shown in {Zone.Id} (it's {LocalNow()} there). To change it: /timezone America/Chicago, or another IANA name."
            );
            return;
        }
        if (!TimeZones.TryFind(id, out var zone))
        {
            Tell(
                $"I don't know the time zone \"{Texts.Short(id, 40)}\". Use an IANA name such as America/Chicago, Europe/Berlin or Africa/Nairobi."
            );
            return;
        }
        State = State with { TimeZone = zone.Id };
        _zone = zone;
        Say(
            null,
            $"🕒 {MyHandleSafe} set this group's time zone to {zone.Id}: it's {LocalNow()} there, and deadlines are shown in that time."
        );
    }

    private string LocalNow() =>
        TimeZoneInfo.ConvertTime(now, Zone).ToString("ddd HH:mm", CultureInfo.InvariantCulture);
}
