namespace CivBot.Hosting;

/// <summary>The host's own settings, section <c>CivBot</c> (environment variables <c>CivBot__Database</c> and so on).</summary>
public sealed class CivBotSettings
{
    public const string Section = "CivBot";

    /// <summary>The SQLite file. Relative paths are relative to the working directory.</summary>
    public string Database { get; set; } = "civbot.db";

    /// <summary>
    /// A PostgreSQL connection string (Npgsql's form: <c>Host=...;Database=...;Username=...;Password=...</c>). When set,
    /// CivBot stores everything there and several instances may share it; <see cref="Database"/> then only says where
    /// the deployment key file lives (beside it). The password is never logged.
    /// </summary>
    public string? Postgres { get; set; }

    /// <summary>Where the flow files are; empty means <c>./flows</c> when it exists, else the copy beside the program.</summary>
    public string? FlowsDirectory { get; set; }

    /// <summary>The flow new loops start with.</summary>
    public string DefaultFlow { get; set; } = "cociv-loop";

    /// <summary>
    /// The deployment's name: the name of its checkpoint key and the start of every checkpoint's origin
    /// (<c>&lt;deployment&gt;/&lt;group&gt;</c>). A schema-less URL without spaces or '+', e.g. <c>civbot.example.org</c>.
    /// Fixed when the key is first generated.
    /// </summary>
    public string Deployment { get; set; } = "civbot.local";

    /// <summary>The IANA time zone deadlines are shown in (e.g. <c>America/Chicago</c>) where a group and its flow set none; empty is UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The language groups speak where they and their flow chose none: <c>en</c> (the default) or <c>es</c>.</summary>
    public string? Language { get; set; }

    /// <summary>SQLite durability: NORMAL survives a process crash; FULL also survives power loss, at a cost per commit.</summary>
    public string Synchronous { get; set; } = "NORMAL";

    /// <summary>AI drafts (<c>CivBot:Ai:Endpoint</c>, <c>:Model</c>, <c>:ApiKey</c>); off while no model is named. See docs/ai.md.</summary>
    public Ai.AiOptions Ai { get; set; } = new();
}
