namespace CivBot.Core.Flows;

/// <summary>A collect phase: each member submits <paramref name="Quota"/> checks.</summary>
/// <param name="RemindBefore">Members short of their quota are nudged this long before the deadline (null: no reminder).</param>
public sealed record CollectSettings(int Quota, TimeSpan? RemindBefore);
