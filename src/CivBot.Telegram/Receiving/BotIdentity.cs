namespace CivBot.Telegram.Receiving;

/// <summary>
/// This bot's username from getMe, needed to tell <c>/cmd@ThisBot</c> from <c>/cmd@OtherBot</c>. Known once start-up
/// has asked; the poller waits for that so no command is judged without it.
/// </summary>
internal sealed class BotIdentity
{
    private readonly TaskCompletionSource _ready = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );

    public string? Username { get; private set; }

    public Task Ready => _ready.Task;

    public void Set(string? username)
    {
        Username = username;
        _ready.TrySetResult();
    }
}
