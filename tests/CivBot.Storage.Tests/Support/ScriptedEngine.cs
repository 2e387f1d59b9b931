namespace CivBot.Storage.Tests.Support;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Replies;
using CivBot.Storage.Pipeline;

/// <summary>
/// A stand-in for the loop engine with obvious rules, so pipeline tests do not depend on the loop's rules:
/// any text becomes a receipt (summary = the text) and an "ok: text" reply to the origin chat; "boom" throws;
/// "schedule N" schedules a timer N minutes ahead (its loop number is N); a timer event becomes a receipt
/// "timer fired for N".
/// </summary>
internal sealed class ScriptedEngine : IGroupEngine
{
    public int ReceiptsPageSize => 3;

    public int Calls;

    public GroupState NewGroup(GroupId id) => GroupState.New(id, "test-flow");

    /// <summary>The group's language, else the sender's locale, else English.</summary>
    public Words LanguageOf(GroupState? state, InboundEvent input) =>
        Words.Of(state?.Language ?? input.Sender.Language);

    public Words LanguageOf(GroupState state) => Words.Of(state.Language);

    public EngineResult Handle(GroupState state, InboundEvent input, DateTimeOffset now)
    {
        Interlocked.Increment(ref Calls);
        var text = input.Body switch
        {
            TextBody t => t.Text,
            TimerBody timer => $"timer fired for {timer.Timer.Loop}",
            _ => input.Body.GetType().Name,
        };
        if (text == "boom")
            throw new InvalidOperationException("scripted failure");
        var receipt = ReceiptChain.Next(
            state.Head,
            now,
            state.Id,
            1,
            ReceiptKind.Context,
            input.Sender.Handle,
            text
        );
        List<Effect> effects =
        [
            new AppendReceipt(receipt),
            new SendMessage(
                new OriginAudience(input.Chat, input.ThreadId),
                Reply.Plain("ok: " + text)
            ),
        ];
        if (text.StartsWith("schedule ", StringComparison.Ordinal))
        {
            var minutes = int.Parse(text[9..], System.Globalization.CultureInfo.InvariantCulture);
            effects.Add(
                new ScheduleTimer(
                    new TimerSpec(now.AddMinutes(minutes), TimerKind.PhaseDeadline, minutes, 0)
                )
            );
        }
        return new EngineResult(state with { Head = ChainHead.Of(receipt) }, effects);
    }
}
