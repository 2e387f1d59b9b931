namespace CivBot.Storage.Database;

/// <summary>Queried times are stored as INTEGER unix milliseconds: sortable, comparable and exact.</summary>
internal static class UnixTime
{
    public static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
