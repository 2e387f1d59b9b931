namespace CivBot.Storage.Pages;

using System.Security.Cryptography;
using System.Text.Json;
using CivBot.Core.Model;
using Microsoft.Data.Sqlite;

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

    public static void Save(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        Publication p
    )
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
        command.Parameters.AddWithValue("$k", MetaKey(p.Group));
        command.Parameters.AddWithValue("$v", Serialize(p));
        command.ExecuteNonQuery();
    }

    public static bool SlugTaken(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string slug,
        GroupId except
    )
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT key, value FROM meta WHERE key LIKE 'page:%';";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var p = Deserialize(reader.GetString(0), reader.GetString(1));
            if (p.Slug == slug && p.Group != except)
                return true;
        }
        return false;
    }

    public static void Delete(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        GroupId group
    )
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM meta WHERE key = $k;";
        command.Parameters.AddWithValue("$k", MetaKey(group));
        command.ExecuteNonQuery();
    }
}
