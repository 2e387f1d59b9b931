namespace CivBot.Sms.Inbound;

using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Model;

/// <summary>
/// Who a texter is to CivBot. The member id and the default handle come from a hash of the number, so neither
/// carries a digit of it: ids end up in group state and handles in every chat, receipt and kit.
/// The number itself is only the address of the private chat (kept in storage, needed to send).
/// </summary>
public static class SmsIdentity
{
    public static ChatAddress Chat(string number) => new(SmsChannel.Name, number);

    public static MemberId Member(string number) => new("sms:" + Hash(number)[..16]);

    /// <summary>What others see until the texter picks a name with NAME.</summary>
    public static string DefaultHandle(string number) => "texter-" + Hash(number)[..4];

    private static string Hash(string number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(number.Trim())));
}
