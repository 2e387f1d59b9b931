namespace CivBot.Storage.Pages;

using System.Security.Cryptography;
using System.Text.Json;
using CivBot.Core.Model;
using CivBot.Storage.Database;

/// <summary>
/// Publications are small named values in <c>meta</c> (<c>page:&lt;group&gt;</c>), one per published group: no table of
/// their own, so no schema change. Unpublishing deletes the row, so the page is gone at once.
/// </summary>
internal static class PublicationRows
{
    public const string Prefix = "page:";

    public static string MetaKey(GroupId group) => Prefix + group.Value;

    private sealed record Row(string Slug, bool ShowEvidence, long Since);

    public static string Serialize(Publication p) =>
        JsonSerializer.Serialize(new Row(p.Slug, p.ShowEvidence, p.Since.ToUnixTimeMilliseconds()));

    public static Publication Deserialize(string key, string json)
    {
        var row = JsonSerializer.Deserialize<Row>(json)!;
        return new Publication(
            new GroupId(key[Prefix.Length..]),
            row.Slug,
            row.ShowEvidence,
            DateTimeOffset.FromUnixTimeMilliseconds(row.Since)
        );
    }

    /// <summary>An unguessable slug: 20 characters of lowercase base32 (100 random bits).</summary>
    public static string RandomSlug()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        return string.Create(
            20,
            0,
            (span, _) =>
            {
                for (var i = 0; i < span.Length; i++)
                    span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        );
    }

    public static void Save(Pipeline.WriteSession session, Publication p)
    {
        using var command = session.Command(
            "INSERT INTO meta (key, value) VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value;"
        );
        command.With("k", MetaKey(p.Group)).With("v", Serialize(p)).ExecuteNonQuery();
    }

    public static bool SlugTaken(Pipeline.WriteSession session, string slug, GroupId except)
    {
        using var command = session.Command("SELECT key, value FROM meta WHERE key LIKE 'page:%';");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var p = Deserialize(reader.GetString(0), reader.GetString(1));
            if (p.Slug == slug && p.Group != except)
                return true;
        }
        return false;
    }

    public static void Delete(Pipeline.WriteSession session, GroupId group)
    {
        using var command = session.Command("DELETE FROM meta WHERE key = @k;");
        command.With("k", MetaKey(group)).ExecuteNonQuery();
    }
}
