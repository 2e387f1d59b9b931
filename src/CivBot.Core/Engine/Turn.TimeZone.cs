namespace CivBot.Core.Engine;

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

    private void SetTimeZone(ParsedCommand cmd)
    {
        var id = cmd.Args.Trim();
        if (id.Length == 0)
        {
            Tell(w => w.TimeZoneIs(Zone.Id, LocalNow(w)));
            return;
        }
        if (!TimeZones.TryFind(id, out var zone))
        {
            Tell(w => w.TimeZoneUnknown(Texts.Short(id, 40)));
            return;
        }
        State = State with { TimeZone = zone.Id };
        _zone = zone;
        Say(null, w => w.TimeZoneSet(MyHandleSafe, zone.Id, LocalNow(w)));
    }

    private string LocalNow(Languages.Words w) => w.DayTime(TimeZoneInfo.ConvertTime(now, Zone));
}
