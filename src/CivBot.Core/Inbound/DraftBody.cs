namespace CivBot.Core.Inbound;

/// <summary>
/// What came of a <c>/draft</c>: the host asked the model and checked its answer outside the engine, and hands the
/// outcome back through the same path as people's messages (like a timer), so the engine decides what the group sees.
/// </summary>
/// <param name="Serial">The draft request it answers (see <see cref="Ai.DraftRequest.Serial"/>).</param>
public sealed record DraftBody(int Serial, int Loop, Ai.DraftOutcome Outcome) : InboundBody;
