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
            Tell(
                $"Only the asker ({loop.AskerHandle}) or {StewardWho(loop)} can withdraw #{loop.No}. If it's no longer needed, tell them in the group."
            );
            return;
        }
        var reason = PersonalData.Redact(Texts.Short(cmd.Args.Trim(), 200));
        var why = reason.Length == 0 ? $"by {MyHandleSafe}" : $"by {MyHandleSafe} ({reason})";
        CloseUndecided(
            loop,
            why,
            new Languages.Why(w => w.WasWithdrawn),
            tellAsker: loop.Asker != Me
        );
        if (input.IsPrivate)
            Tell(
                $"Done: #{loop.No} is withdrawn and the group has been told. Thanks for letting them know."
            );
    }
}
