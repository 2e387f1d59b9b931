namespace CivBot.Telegram.Sending;

using Microsoft.Extensions.Options;

/// <summary>
/// Keeps sends inside Telegram's limits: a gap per chat, a count per minute per group chat, a count per second overall.
/// <see cref="WaitAsync"/> books the earliest slot that fits all three and waits for it, so concurrent callers queue up
/// instead of racing; the clock is injected so tests run on a fake one.
/// <para>
/// Telegram counts a message when it arrives, which is after its slot (a late timer, a busy connection) and before its
/// answer. So a send counts from its slot until it is <see cref="Answered"/>, and from its answer after that: the next
/// message to a chat goes a gap after the previous one's answer, and a window's budget is free again only once the
/// answers that filled it are a window old. While a window's whole budget is waiting for answers, nobody can know when
/// it frees up, so <see cref="Book"/> books nothing and <see cref="WaitAsync"/> waits for the next answer.
/// </para>
/// </summary>
public sealed class RateLimiter(TimeProvider time, IOptions<TelegramOptions> options)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly TelegramRateLimits _limits = options.Value.Limits;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _lastPerChat = [];
    private readonly Dictionary<string, Window> _perGroup = [];
    private readonly Window _overall = new();
    private TaskCompletionSource _answered = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );

    /// <summary>A booked slot for one message: when it may go, and how long from the booking that was.</summary>
    public sealed class Slot(string chatId, bool isGroup, DateTimeOffset at, TimeSpan wait)
    {
        public string ChatId { get; } = chatId;

        public bool IsGroup { get; } = isGroup;

        public DateTimeOffset At { get; } = at;

        public TimeSpan Wait { get; } = wait;
    }

    /// <summary>
    /// Books the earliest slot for one message to <paramref name="chatId"/>; null when every slot of a window is held by
    /// sends still waiting for their answers (call again after the next <see cref="Answered"/>).
    /// </summary>
    public Slot? Book(string chatId, bool isGroup)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var at = now;
            if (_lastPerChat.TryGetValue(chatId, out var last))
                at = Max(at, last + TimeSpan.FromSeconds(_limits.PerChatIntervalSeconds));
            Window? group = null;
            if (isGroup && !_perGroup.TryGetValue(chatId, out group))
                _perGroup[chatId] = group = new();
            // Each limit can push the slot later, which may break another one; repeat until all three agree.
            while (true)
            {
                DateTimeOffset? next = at;
                if (group is not null)
                    next = group.NextFree(_limits.PerGroupPerMinute, Minute, now, at);
                if (next is not null)
                    next = _overall.NextFree(_limits.OverallPerSecond, Second, now, next.Value);
                if (next is null)
                    return null;
                if (next == at)
                    break;
                at = next.Value;
            }
            var slot = new Slot(chatId, isGroup, at, at - now);
            _lastPerChat[chatId] = at;
            group?.Open.Add(slot);
            _overall.Open.Add(slot);
            if (_lastPerChat.Count > 10_000)
                Prune(now);
            return slot;
        }
    }

    /// <summary>Books a slot and waits for it on the injected clock (first for answers, when a window is full of sends).</summary>
    public async Task<Slot> WaitAsync(
        string chatId,
        bool isGroup,
        CancellationToken cancellationToken
    )
    {
        Slot? slot;
        while (true)
        {
            Task answered;
            lock (_lock)
                answered = _answered.Task;
            slot = Book(chatId, isGroup);
            if (slot is not null)
                break;
            await answered.WaitAsync(cancellationToken);
        }
        // A timer may fire a little early (it counts whole milliseconds); the slot is never left before it begins.
        for (var wait = slot.Wait; wait > TimeSpan.Zero; wait = slot.At - time.GetUtcNow())
            await Task.Delay(wait, time, cancellationToken);
        return slot;
    }

    /// <summary>
    /// The message of <paramref name="slot"/> was answered (or given up on) now: Telegram had it by now at the latest,
    /// so from now on the limits count it at this moment.
    /// </summary>
    public void Answered(Slot slot)
    {
        TaskCompletionSource answered;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var at = Max(now, slot.At);
            if (!_lastPerChat.TryGetValue(slot.ChatId, out var last) || last < at)
                _lastPerChat[slot.ChatId] = at;
            _overall.Answer(slot, at);
            if (slot.IsGroup && _perGroup.TryGetValue(slot.ChatId, out var group))
                group.Answer(slot, at);
            answered = _answered;
            _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        answered.TrySetResult();
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (chat, last) in _lastPerChat.ToList())
        {
            if (
                last + Minute < now
                && (!_perGroup.TryGetValue(chat, out var group) || group.Open.Count == 0)
            )
            {
                _lastPerChat.Remove(chat);
                _perGroup.Remove(chat);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>One limit's sends: those waiting for an answer, and the answer times of the rest.</summary>
    private sealed class Window
    {
        public List<Slot> Open { get; } = [];

        private readonly List<DateTimeOffset> _answered = [];

        public void Answer(Slot slot, DateTimeOffset at)
        {
            if (!Open.Remove(slot))
                return;
            var index = _answered.BinarySearch(at);
            _answered.Insert(index < 0 ? ~index : index, at);
        }

        /// <summary>
        /// The earliest time from <paramref name="from"/> at which one more send keeps at most <paramref name="limit"/>
        /// in any <paramref name="length"/>; null when only answers still to come can make room.
        /// </summary>
        public DateTimeOffset? NextFree(
            int limit,
            TimeSpan length,
            DateTimeOffset now,
            DateTimeOffset from
        )
        {
            // Answers are never later than now, and a slot never earlier, so those a window old count no more.
            var old = _answered.FindIndex(a => a > now - length);
            _answered.RemoveRange(0, old < 0 ? _answered.Count : old);
            var at = from;
            while (true)
            {
                // A send still waiting for its answer may be arriving at any moment from its slot on.
                var open = Open.Count(o => o.At < at + length);
                if (open >= limit)
                    return null;
                var first = _answered.FindIndex(a => a > at - length);
                var answered = first < 0 ? 0 : _answered.Count - first;
                if (open + answered < limit)
                    return at;
                // Move to when the oldest answer in the window leaves it; each step leaves one more behind, so this ends.
                at = _answered[first] + length;
            }
        }
    }
}
