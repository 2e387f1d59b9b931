namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string AuditOkWord => "bien";

    public override string AuditFlagWord => "problema";

    public override string OptionWord => "opcion";

    public override string ReceiptWord => "recibo";

    public override string DraftWord => "borrador";

    public override string ConfirmWord => "confirmar";

    public override string EvidenceWord => "evidencia";

    public override string PublishWord => "publicar";
}
