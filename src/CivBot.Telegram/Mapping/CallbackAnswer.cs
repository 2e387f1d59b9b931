namespace CivBot.Telegram.Mapping;

/// <summary>The answer to a button press: a short text only the person who pressed sees.</summary>
public sealed record CallbackAnswer(string QueryId, string Text);
