namespace CivBot.Core.Inbound;

using System.Text;

/// <summary>
/// Makes text from any channel valid, printable Unicode before the engine sees it: a lone UTF-16 surrogate (which a
/// JSON escape can carry) becomes U+FFFD, and NUL and other control characters are removed. Line breaks and tabs are
/// kept (a carriage return becomes a line break), since people type them.
/// </summary>
public static class InboundText
{
    public static string Clean(string text)
    {
        if (IsClean(text))
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c))
                builder.Append('\uFFFD');
            else if (c == '\r')
            {
                // \r\n and a lone \r both mean one line break.
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                    builder.Append('\n');
            }
            else if (c is '\n' or '\t' || !char.IsControl(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Cleans every piece of text an event carries: the body and the sender's handle.</summary>
    public static InboundEvent Clean(InboundEvent inbound)
    {
        var body = inbound.Body switch
        {
            TextBody t => IsClean(t.Text) ? t : new TextBody(Clean(t.Text)),
            CommandBody c => IsClean(c.Name) && IsClean(c.Args)
                ? c
                : new CommandBody(Clean(c.Name), Clean(c.Args)),
            ButtonBody b => IsClean(b.Payload) ? b : new ButtonBody(Clean(b.Payload)),
            AttachmentBody a => IsClean(a.Caption) && a.Links.All(IsClean)
                ? a
                : new AttachmentBody([.. a.Links.Select(Clean)], Clean(a.Caption)),
            _ => inbound.Body,
        };
        var handle = inbound.Sender.Handle;
        if (ReferenceEquals(body, inbound.Body) && IsClean(handle))
            return inbound;
        return inbound with
        {
            Body = body,
            Sender = inbound.Sender with { Handle = Clean(handle) },
        };
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not '\n' and not '\t'))
                return false;
        }
        return true;
    }
}
