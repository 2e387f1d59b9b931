namespace CivBot.Core.Engine;

/// <summary>Where an option adopted from an AI draft came from, as its receipt says: the model and the prompt's hash.</summary>
internal sealed record AiProvenance(string Model, string Prompt);
