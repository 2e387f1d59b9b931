namespace CivBot.Storage.Pipeline;

using CivBot.Core.Inbound;
using CivBot.Core.Ports;

/// <summary>An event waiting in its group's queue; <see cref="Completion"/> completes once its transaction committed.</summary>
internal sealed class PendingEvent(InboundEvent inbound, bool bindChat)
{
    public InboundEvent Inbound => inbound;

    public bool BindChat => bindChat;

    // RunContinuationsAsynchronously: the writer must not run a webhook's continuation inline while it still works.
    public TaskCompletionSource<InboundOutcome> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
