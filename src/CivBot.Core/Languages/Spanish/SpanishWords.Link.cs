namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string LinkNotPrivately =>
        "Vincular funciona en un chat de grupo, no en privado. Prueba /vincular en el chat del grupo.";

    public override string LinkAdminsOnly =>
        "Solo un admin de este chat puede vincularlo o desvincularlo. Pídeselo a uno de ellos.";

    public override string LinkUsage =>
        "/vincular da un código para otro chat; /vincular <código> allá pide unirse; /vincular confirmar aquí lo acepta.";

    public override string LinkCodeSent =>
        "🔗 Te mandé un código en privado; sirve una vez, por 15 minutos. Si no te llegó, escríbeme en privado primero y luego /vincular otra vez.";

    public override string LinkYourCode(string code, string chat) =>
        $"🔗 Código para vincular {chat}: {code}\nUn admin del otro chat escribe /vincular {code} allá antes de 15 minutos; luego un admin de aquí confirma con /vincular confirmar.";

    public override string LinkWrongCode =>
        "Ese código es incorrecto, ya se usó o venció. Pide uno nuevo a un admin del otro chat con /vincular.";

    public override string LinkTooManyTries =>
        "Se probaron demasiados códigos desde este chat. Espera una hora y luego usa un código nuevo.";

    public override string LinkOwnCode =>
        "Ese código es de este mismo grupo. Úsalo en el otro chat que quieres vincular.";

    public override string LinkAlreadyIn =>
        "Ese chat ya está en este grupo. /vinculos muestra sus chats.";

    public override string LinkedElsewhere(string others) =>
        $"Este chat ya está vinculado con {others}. Un admin puede /desvincular primero.";

    public override string LinkOpenLoops(int count) =>
        $"Este chat tiene {count} {(count == 1 ? "ciclo abierto" : "ciclos abiertos")}. Ciérralos o usa /retirar primero, y luego vincula: un ciclo se queda en el grupo donde empezó.";

    public override string LinkAsks(string chat) =>
        $"🔗 {chat} pide unirse a este grupo. Un admin de aquí acepta con /vincular confirmar antes de 15 minutos; si no, nada cambia.";

    public override string LinkAcceptButton => "Aceptar (admins)";

    public override string LinkAsked(string group) =>
        $"🔗 Pediste unirte a {group}. Un admin de allá acepta con /vincular confirmar antes de 15 minutos.";

    public override string LinkNothingToConfirm =>
        "Ningún chat espera unirse (un pedido dura 15 minutos). Dale un código a un admin del otro chat con /vincular.";

    public override string LinkAlreadyConfirmed(string chat, string by) =>
        $"{by} ya confirmó ese vínculo: {chat} ya está en este grupo. /vinculos muestra los chats.";

    public override string Linked(string joined, string chats) =>
        $"🔗 {joined} se unió a este grupo: {chats} ahora comparten ciclos, votaciones y recibos. /vinculos muestra los chats.";

    public override string LinkedChats(string chats, int sms) =>
        $"Los chats de este grupo: {chats}"
        + (sms > 0 ? $", y {sms} {(sms == 1 ? "miembro" : "miembros")} por SMS" : "")
        + ". Un admin de un chat puede /desvincular.";

    public override string OnlyThisChat(int sms) =>
        "Este grupo solo tiene este chat"
        + (sms > 0 ? $" y {sms} {(sms == 1 ? "miembro" : "miembros")} por SMS" : "")
        + ". Un admin puede usar /vincular para obtener un código para otro chat.";

    public override string NotLinked =>
        "Este chat no está vinculado a otro chat. /vinculos muestra los chats del grupo.";

    public override string UnlinkOpenLoops(int count) =>
        $"El grupo tiene {count} {(count == 1 ? "ciclo abierto" : "ciclos abiertos")}; desvincula cuando {(count == 1 ? "esté cerrado" : "estén cerrados")}, para que nadie pierda un ciclo que sigue. /estado {(count == 1 ? "lo" : "los")} muestra.";

    public override string Unlinked(string chat) =>
        $"🔗 {chat} salió de este grupo. Sus recibos pasados quedan en el registro del grupo; los ciclos nuevos de allá empiezan aparte.";
}
