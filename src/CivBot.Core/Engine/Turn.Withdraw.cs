namespace CivBot.Core.Engine;

using CivBot.Core.Commands;

internal sealed partial class Turn
{
    /// <summary>
    /// <c>/withdraw [reason]</c>: the asker (or the steward) ends an open loop that is no longer needed. It closes
    /// plainly, like every loop that ends without a decision, with the reason in the closing receipt.
    /// </summary>
    private void Withdraw(ParsedCommand cmd)
    {
        var loop =
            cmd.Loop is null && State.Loops.Count > 1
                ? State.Loops.LastOrDefault(l => l.Asker == Me) ?? TargetLoop(cmd)
                : TargetLoop(cmd);
        if (loop is null)
            return;
        if (loop.Asker != Me && loop.Steward != Me)
        {
            Tell(w => w.OnlyAskerOrSteward(loop.AskerHandle, StewardWho(w, loop), loop.No));
            return;
        }
        var reason = PersonalData.Redact(Texts.Short(cmd.Args.Trim(), 200));
        var who = MyHandleSafe;
        CloseUndecided(
            loop,
            Languages.Why.WithdrawnBy(who, reason.Length == 0 ? null : reason),
            Languages.Why.WasWithdrawn,
            tellAsker: loop.Asker != Me
        );
        if (input.IsPrivate)
            Tell(w => w.WithdrawnDone(loop.No));
    }
}
