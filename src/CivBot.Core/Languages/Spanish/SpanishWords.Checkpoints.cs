namespace CivBot.Core.Languages;

using CivBot.Core.Receipts.Checkpoints;

internal sealed partial class SpanishWords
{
    public override string SignedCheckpoint(long receipts, string head) =>
        $"🔏 Punto de control firmado: {receipts} recibos, cabeza {head}…. Este chat guarda una copia que nadie puede editar: cualquiera puede comprobar luego que los recibos no se reescribieron con /verificar seguido de las líneas de abajo.";

    public override string CheckpointKeyLine(string fingerprint, string verifierKey) =>
        $"Los puntos de control se firman con la clave {fingerprint} ({verifierKey}).";

    public override string CheckpointMatches(long receipt, string head, long count) =>
        $"✅ Los recibos coinciden con el punto de control firmado: el recibo #{receipt} sigue con la cabeza {head}… y los {count} recibos están bien, así que nada hasta ese punto se reescribió.";

    public override string CheckpointBroken(long receipt, string reason) =>
        $"⚠️ Los recibos NO coinciden con el punto de control firmado en el recibo #{receipt}: {reason}. Pide a quien coordina que avise al grupo y al operador.";

    public override string NoCheckpointKey =>
        "Este servicio no tiene clave de puntos de control, así que no hay con qué comprobar uno. /verificar solo revisa la cadena.";

    public override string CheckpointOfAnotherGroup(string origin) =>
        $"Ese punto de control es de {origin}, no de los recibos de este grupo. Pega uno que recibió este chat.";

    public override string NotASignedCheckpoint(string error) =>
        $"Eso no es un punto de control firmado: {error}. Pega las líneas del mensaje 🔏 completo después de /verificar.";

    public override string CheckpointOfAnotherKey(string keyName, string fingerprint) =>
        $"Ese punto de control no está firmado con la clave de este servicio ({keyName}, huella {fingerprint}). Pega uno que recibió este chat.";

    public override string CheckpointBadSignature =>
        "Ese punto de control tiene una FIRMA INVÁLIDA: su texto o su firma se cambiaron después de firmar. No confíes en él; pega la copia que recibió este chat.";

    public override string SignedButNotACheckpoint =>
        "Esa nota está firmada pero no es un punto de control (origen, tamaño, hash). Pega las líneas de un mensaje 🔏.";

    public override string NoteFaultText(NoteFault fault, string line) =>
        fault switch
        {
            NoteFault.NoSignatureLines =>
                "no tiene líneas de firma (una línea en blanco y luego líneas que empiezan con —)",
            NoteFault.ControlCharacters => "contiene caracteres de control",
            NoteFault.MalformedSignatureLine => $"la línea de firma \"{line}\" está mal formada",
            _ => "tiene más firmas de las permitidas",
        };
}
