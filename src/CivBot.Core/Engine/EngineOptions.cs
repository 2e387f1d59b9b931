namespace CivBot.Core.Engine;

/// <summary>Settings of the engine that are not part of a flow.</summary>
/// <param name="DefaultFlowId">The flow a new group starts with.</param>
/// <param name="ReceiptsPageSize">How many receipts one <c>/receipts</c> answer shows.</param>
/// <param name="AiModel">The model AI drafts come from (configured by the host), or null when AI is not set up here.</param>
/// <param name="TimeZone">The deployment's IANA time zone (<c>CivBot:TimeZone</c>) for groups and flows that set none; null is UTC.</param>
/// <param name="Language">The deployment's language code (<c>CivBot:Language</c>) for groups and flows that set none; null is English.</param>
public sealed record EngineOptions(
    string DefaultFlowId = "cociv-loop",
    int ReceiptsPageSize = 10,
    string? AiModel = null,
    string? TimeZone = null,
    string? Language = null
);
