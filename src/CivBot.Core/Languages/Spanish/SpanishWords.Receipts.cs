namespace CivBot.Core.Languages;

using CivBot.Core.Receipts;

internal sealed partial class SpanishWords
{
    public override string ReceiptScope(int? loop) => loop is { } n ? LoopLabel(n) : "este grupo";

    public override string LoopLabel(int loop) => $"ciclo #{loop}";

    public override string NoReceiptsYet(string scope) =>
        $"Aún no hay recibos de {scope}. Aparecen apenas alguien hace un pedido: /pedir <lo que necesitas>.";

    public override string NoOlderReceipts(string scope) =>
        $"Eso es todo: no hay recibos más antiguos de {scope}.";

    public override string ReceiptsFor(string scope, int page) =>
        $"Recibos de {scope}{(page > 1 ? $" (página {page})" : "")}:";

    public override string OlderReceipts(string command) =>
        $"Más antiguos: {command} more · Revisa la cadena: /verificar";

    public override string StartOfTrail => "Aquí empieza el registro. Revisa la cadena: /verificar";

    public override string NothingToVerify => "Aún no hay recibos para verificar.";

    public override string AllReceiptsCheckOut(long count) =>
        $"✅ Los {count} recibos están bien: el hash de cada uno coincide con su contenido y enlaza con el anterior. Nada se editó ni se borró.";

    public override string ChainBroken(long seq, string reason) =>
        $"⚠️ La cadena de recibos está rota en el recibo #{seq}: {reason}. Los recibos anteriores al #{seq} están intactos. Avísale a quien administra este bot.";

    public override string ChainFaultText(ChainFault fault, long seq, long other) =>
        fault switch
        {
            ChainFault.SequenceJump => $"la numeración salta del {other} al {seq}",
            ChainFault.PreviousHashDiffers => "su hash anterior no coincide con el recibo previo",
            ChainFault.Edited => "su contenido no coincide con su hash (fue editado)",
            ChainFault.DiffersFromRememberedHead =>
                "no coincide con la cabeza de la cadena que el grupo recuerda",
            ChainFault.DiffersFromCheckpoint =>
                "no coincide con el punto de control firmado publicado antes (el historial se reescribió después)",
            _ => $"faltan los recibos del #{seq} al #{other}",
        };
}
