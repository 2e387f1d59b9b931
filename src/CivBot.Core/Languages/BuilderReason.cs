namespace CivBot.Core.Languages;

/// <summary>Why rotation picked a builder, as the builder's receipt says.</summary>
public enum BuilderReason
{
    /// <summary>The steward asked for builders (<c>/next</c>).</summary>
    StewardAsked,

    /// <summary>The builder handed the work on (<c>/pass</c>).</summary>
    HandedOn,

    /// <summary>Nobody claimed the work by the deadline.</summary>
    NobodyClaimed,
}
