namespace CivBot.Discord.Mapping;

internal enum InteractionKind
{
    /// <summary>A slash command: answered with a message (ephemeral).</summary>
    Command,

    /// <summary>A button: answered with a deferred update, the message itself changes through the outbox.</summary>
    Button,

    /// <summary>Anything CivBot does not offer (autocomplete, modals, selects): acknowledged, nothing else.</summary>
    Other,
}
