namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string AuditOkWord => "bien";

    public override string AuditFlagWord => "problema";
}
