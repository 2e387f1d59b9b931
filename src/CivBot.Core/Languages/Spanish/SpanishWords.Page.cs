namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string Page(PageText text) =>
        text switch
        {
            PageText.CheckHeading => "Revísalos tú",
            PageText.NotChecked =>
                "Aún sin revisar. El script de esta página recalcula el hash de cada recibo en tu navegador, recorre la cadena y revisa el último punto de control firmado.",
            PageText.NoScript =>
                "Los scripts están desactivados, así que aquí no se revisó nada. Descarga el JSONL de abajo y revisa el SHA-256 de cada línea.",
            PageText.CheckAgain => "Revisar de nuevo",
            PageText.VerifierKey => "clave de verificación",
            PageText.CheckpointDetails => "Revisar contra un punto de control de tu chat",
            PageText.PasteCheckpoint => "Pega el punto de control que el bot publicó en tu chat",
            PageText.CheckPasted => "Revisar contra este punto de control",
            PageText.MoneySpent => "Dinero gastado",
            PageText.Filter => "Filtrar",
            PageText.Loop => "Ciclo",
            PageText.All => "todos",
            PageText.Kind => "Tipo",
            PageText.From => "Desde",
            PageText.To => "Hasta",
            PageText.Show => "Mostrar",
            PageText.ClearFilters => "quitar filtros",
            PageText.OpenLoops => "Ciclos abiertos",
            PageText.ClosedLoops => "Ciclos cerrados",
            PageText.MoreThanShown =>
                "Hay más recibos de los que muestra esta página: afina los filtros, o descárgalos todos abajo.",
            PageText.GroupDecisions => "Las decisiones del grupo",
            PageText.Audits => "Auditorías y mejoras",
            PageText.NoAudits => "Aún no se auditó ningún ciclo.",
            PageText.Download => "Descargar",
            PageText.Jsonl => "Todos los recibos como líneas JSON",
            PageText.JsonlNote => "(canónicos: revisa cada uno con cualquier herramienta SHA-256)",
            PageText.Csv => "Todos los recibos como CSV",
            _ => "(fecha, ciclo, tipo, autor, descripción, monto, moneda, hash del recibo)",
        };

    public override string PageScript(ScriptText text) =>
        text switch
        {
            ScriptText.Checking => "Revisando…",
            ScriptText.Verified => "verificado: {count} recibos, cabeza {head}…{signed}{withheld}.",
            ScriptText.SignedBy => ", firmado con la clave {key} a los {n} recibos",
            ScriptText.NoCheckpoint =>
                "; aún no hay un punto de control firmado (se publica en los chats cuando un ciclo cierra)",
            ScriptText.Withheld =>
                " ({n} con la evidencia retenida: enlazados en la cadena, con el hash tomado como dado)",
            ScriptText.Broken =>
                "ROTA en el recibo #{seq}: {reason}. Los recibos anteriores al #{seq} están intactos.",
            ScriptText.NotJson => "no es JSON válido",
            ScriptText.SequenceJumps => "la secuencia salta de {from} a {to}",
            ScriptText.PreviousHash => "su hash anterior no coincide con el recibo previo",
            ScriptText.Edited => "su contenido no coincide con su hash (fue editado)",
            ScriptText.NotEd25519 => "la clave del despliegue no es una clave Ed25519",
            ScriptText.NotCheckpoint => "Eso no es un punto de control firmado.",
            ScriptText.WrongKey =>
                "Ese punto de control no está firmado con la clave de este despliegue ({key}).",
            ScriptText.NoEd25519 =>
                "Este navegador no puede revisar firmas Ed25519, así que no se revisó el punto de control.",
            ScriptText.BadSignature =>
                "Ese punto de control tiene una FIRMA INVÁLIDA: su texto o su firma cambiaron después de firmarse.",
            ScriptText.OtherGroup => "Ese punto de control es de {origin}, no de este grupo.",
            ScriptText.Removed =>
                "La cadena tiene {have} recibos pero el punto de control firmado prometía {n}: se quitaron recibos.",
            ScriptText.Rewritten =>
                "ROTA frente al punto de control firmado: el recibo #{n} difiere del punto de control publicado antes (la historia se reescribió después).",
            ScriptText.CouldNotCheck => "No se pudieron revisar los recibos: {error}",
            ScriptText.ChainBroken => "La cadena misma está rota; mira arriba.",
            _ =>
                "Los recibos coinciden con tu punto de control: el recibo #{n} sigue teniendo la cabeza {head}…, firmado con la clave {key}.",
        };

    public override string PageTitle(string group) => $"Recibos · {group}";

    public override string PageHeading(string group) => $"Recibos de {group}";

    public override string PageReceipts(long count) => count == 1 ? "1 recibo" : $"{count} recibos";

    public override string PageIntro(long receipts, int open, int closed) =>
        $"Cada paso que dio este grupo, como recibos permanentes encadenados por hash. El grupo eligió publicarlos. {PageReceipts(receipts)}; ciclos: {open} abiertos y {closed} cerrados.";

    public override string PageKeyLine(string key, string keyLink, string verify) =>
        $"Los puntos de control se firman con la clave {key} ({keyLink}). Compárala con lo que dice {verify} en tu chat.";

    public override string PageLatestCheckpoint(long receipts, string at) =>
        $"Último punto de control firmado, {PageReceipts(receipts)}, publicado en los chats el {at}:";

    public override string PageLoopState(bool closed) => closed ? "Cerrado" : "Abierto";

    public override string PageSpent(string amounts) => $"gastado {amounts}";

    public override string PageAudit(bool confirmed) =>
        confirmed ? "auditoría confirmada" : "auditoría con problemas";

    public override string PageAuditLine(
        int loop,
        bool confirmed,
        string auditor,
        string improvement
    ) => $"#{loop}: {PageAudit(confirmed)} por {auditor}. Para mejorar: {improvement}";

    public override string PageNone(bool filtered) =>
        filtered ? "Ninguno coincide con los filtros." : "Ninguno.";

    public override string PageReceiptLabel(long seq) => $"recibo {seq} como JSON canónico";
}
