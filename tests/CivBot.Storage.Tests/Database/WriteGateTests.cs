namespace CivBot.Storage.Tests.Database;

using CivBot.Storage.Database;

public sealed class WriteGateTests
{
    private readonly WriteGate _gate = new();
    private readonly List<string> _order = [];
    private readonly List<Task> _waiting = [];

    /// <summary>Queues a writer that records its name once it holds the gate, then holds it until told to finish.</summary>
    private TaskCompletionSource Queue(string name, bool first = false)
    {
        var finish = new TaskCompletionSource();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = (first ? _gate.EnterFirstAsync(default) : _gate.EnterAsync(default)).ContinueWith(
            async t =>
            {
                using var held = t.Result;
                lock (_order)
                    _order.Add(name);
                entered.SetResult();
                await finish.Task;
            },
            TaskScheduler.Default
        );
        _waiting.Add(entered.Task);
        return finish;
    }

    /// <summary>Lets the holder finish and waits until the next writer holds the gate.</summary>
    private async Task HandOverAsync(TaskCompletionSource holder)
    {
        holder.SetResult();
        await NextEnteredAsync();
    }

    private async Task NextEnteredAsync()
    {
        var next = await Task.WhenAny(_waiting).WaitAsync(TimeSpan.FromSeconds(10));
        _waiting.Remove(next);
    }

    [Fact]
    public async Task The_pipeline_writer_goes_ahead_of_writers_already_queued_but_never_twice_in_a_row_while_they_wait()
    {
        var holder = Queue("holder");
        await NextEnteredAsync();
        var a = Queue("a");
        var b = Queue("b");
        var writer1 = Queue("writer 1", first: true);

        await HandOverAsync(holder);
        var writer2 = Queue("writer 2", first: true);
        await HandOverAsync(writer1);
        await HandOverAsync(a);
        await HandOverAsync(writer2);
        b.SetResult();

        Assert.Equal(["holder", "writer 1", "a", "writer 2", "b"], _order);
    }

    [Fact]
    public async Task The_pipeline_writer_waits_for_nobody_but_the_holder_when_the_queue_is_empty()
    {
        var holder = Queue("holder");
        await NextEnteredAsync();
        var writer1 = Queue("writer 1", first: true);
        await HandOverAsync(holder);
        var writer2 = Queue("writer 2", first: true);
        await HandOverAsync(writer1);
        writer2.SetResult();

        Assert.Equal(["holder", "writer 1", "writer 2"], _order);
    }

    [Fact]
    public async Task A_waiter_that_gave_up_is_skipped_and_the_gate_goes_to_the_next()
    {
        var holder = Queue("holder");
        await NextEnteredAsync();
        using var cancel = new CancellationTokenSource();
        var gaveUp = _gate.EnterAsync(cancel.Token);
        var next = Queue("next");

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        await HandOverAsync(holder);
        next.SetResult();

        Assert.Equal(["holder", "next"], _order);
        using var again = await _gate.EnterAsync(default).WaitAsync(TimeSpan.FromSeconds(10));
    }
}
