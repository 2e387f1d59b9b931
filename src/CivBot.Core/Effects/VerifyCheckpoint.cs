namespace CivBot.Core.Effects;

/// <summary>
/// Check the group's chain against a signed checkpoint someone pasted (from an earlier chat message): the signature
/// against the deployment's key, then the receipt at the checkpoint's size against its head. Resolved by storage.
/// </summary>
public sealed record VerifyCheckpoint(Audience To, string Note, string Language = "en") : Effect;
