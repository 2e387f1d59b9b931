namespace CivBot.Storage.FlowVersions;

/// <summary>A stored flow text and the file it came from, for the host to parse again (FlowLoader.LoadText).</summary>
public sealed record StoredFlowText(string File, string Yaml);
