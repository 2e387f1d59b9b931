namespace CivBot.Core.Receipts;

using System.Globalization;
using System.Text;

/// <summary>
/// The canonical JSON form of a receipt: keys in ordinal order, no whitespace, absent values omitted, strings escaped
/// minimally (quote, backslash, control characters only), amounts as decimal strings so no float rounding can change
/// a hash. The hash covers this exact text, so it must never change shape for a form already written: new fields come
/// with a new form number (<see cref="ReceiptForms"/>), and older forms are written exactly as before.
/// </summary>
public static class CanonicalJson
{
    public static string Write(Receipt r, bool includeHash)
    {
        var sb = new StringBuilder(256);
        sb.Append('{');
        var first = true;
        void Key(string k)
        {
            if (!first)
                sb.Append(',');
            first = false;
            AppendString(sb, k);
            sb.Append(':');
        }
        // Keys below are written in ordinal order.
        Key("actor");
        AppendString(sb, r.Actor);
        // Form 2 keys; a form 1 receipt has none of them, so its bytes are exactly what they always were.
        if (r.Form >= ReceiptForms.Actors)
        {
            if (r.ActorId is { } actorId)
            {
                Key("actor_id");
                AppendString(sb, actorId);
            }
            Key("actor_type");
            AppendString(sb, (r.ActorType ?? ActorType.Member).WireName());
        }
        if (r.Amount is { } amount)
        {
            Key("amount");
            AppendString(
                sb,
                amount.ToString("0.############################", CultureInfo.InvariantCulture)
            );
        }
        Key("at");
        AppendString(sb, FormatTime(r.At));
        if (r.Currency is { } currency)
        {
            Key("currency");
            AppendString(sb, currency);
        }
        if (r.Evidence.Count > 0)
        {
            Key("evidence");
            sb.Append('[');
            for (var i = 0; i < r.Evidence.Count; i++)
            {
                if (i > 0)
                    sb.Append(',');
                AppendString(sb, r.Evidence[i]);
            }
            sb.Append(']');
        }
        if (r.Form >= ReceiptForms.Actors)
        {
            Key("form");
            sb.Append(r.Form.ToString(CultureInfo.InvariantCulture));
        }
        Key("group");
        AppendString(sb, r.Group.Value);
        if (includeHash)
        {
            Key("hash");
            AppendString(sb, r.Hash);
        }
        Key("kind");
        AppendString(sb, r.Kind.WireName());
        if (r.Loop is { } loop)
        {
            Key("loop");
            sb.Append(loop.ToString(CultureInfo.InvariantCulture));
        }
        // Form 3 key: the bot's own words as a language-neutral phrase, only on receipts the bot worded.
        if (r.Form >= ReceiptForms.Phrases && r.Phrase is { } phrase)
        {
            Key("phrase");
            AppendPhrase(sb, phrase);
        }
        Key("prev_hash");
        AppendString(sb, r.PrevHash);
        Key("seq");
        sb.Append(r.Seq.ToString(CultureInfo.InvariantCulture));
        Key("summary");
        AppendString(sb, r.Summary);
        sb.Append('}');
        return sb.ToString();
    }

    /// <summary>UTC, millisecond precision, always with a trailing Z.</summary>
    public static string FormatTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A phrase as a JSON array: its key, its values, then its parts as nested arrays.</summary>
    internal static void AppendPhrase(StringBuilder sb, Phrase phrase)
    {
        sb.Append('[');
        AppendString(sb, phrase.Key);
        foreach (var value in phrase.Values)
        {
            sb.Append(',');
            AppendString(sb, value);
        }
        foreach (var part in phrase.Parts)
        {
            sb.Append(',');
            AppendPhrase(sb, part);
        }
        sb.Append(']');
    }

    private static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                        sb.Append("\\u")
                            .Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
