namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Effects;

internal sealed partial class Turn
{
    /// <summary><c>/verify</c> checks the chain; <c>/verify &lt;checkpoint&gt;</c> also checks it against that checkpoint.</summary>
    private void Verify(ParsedCommand cmd)
    {
        if (cmd.Args.Length == 0)
            Emit(new VerifyReceipts(Origin, Here.Code));
        else
            Emit(new VerifyCheckpoint(Origin, cmd.Args, Here.Code));
    }
}
