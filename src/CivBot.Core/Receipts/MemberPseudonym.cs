namespace CivBot.Core.Receipts;

using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Model;

/// <summary>
/// A member's id as receipts show it: stable across renames, different per group, and not the channel's id (an SMS
/// member's id is derived from their number, a Telegram id can be looked up), so a trail can be shared without
/// pointing at anyone's account.
/// </summary>
public static class MemberPseudonym
{
    public static string Of(GroupId group, MemberId member) =>
        "m-"
        + Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes($"civbot-member|{group.Value}|{member.Value}"))
        )[..12];
}
