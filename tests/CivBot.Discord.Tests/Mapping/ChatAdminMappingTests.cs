namespace CivBot.Discord.Tests.Mapping;

using System.Text.Json;
using CivBot.Discord.Mapping;
using CivBot.Discord.Tests.Support;

/// <summary>A slash command carries the member's permissions: Administrator or Manage Server makes them a chat admin.</summary>
public sealed class ChatAdminMappingTests
{
    private static bool AdminWith(string permissions, string payload = "interaction_vote_command")
    {
        var json = Repo.Payload(payload)
            .Replace(
                "\"permissions\":\"2248473465835073\"",
                $"\"permissions\":\"{permissions}\"",
                StringComparison.Ordinal
            );
        var d = JsonDocument.Parse(json).RootElement.GetProperty("d");
        return DiscordMapper.MapInteraction(d, _ => null)!.Event!.SenderIsChatAdmin;
    }

    [Theory]
    [InlineData("8")] // Administrator
    [InlineData("32")] // Manage Server
    [InlineData("2248473465835081")] // a real set with Administrator added
    public void Administrator_or_manage_server_is_a_chat_admin(string permissions) =>
        Assert.True(AdminWith(permissions));

    [Theory]
    [InlineData("2248473465835073")] // the recorded member: many permissions, neither of those
    [InlineData("0")]
    [InlineData("not-a-number")]
    public void Other_permissions_are_not(string permissions) =>
        Assert.False(AdminWith(permissions));

    [Fact]
    public void A_direct_message_is_never_a_chat_admin() =>
        Assert.False(
            DiscordMapper
                .MapInteraction(
                    JsonDocument
                        .Parse(Repo.Payload("interaction_dm_command"))
                        .RootElement.GetProperty("d"),
                    _ => null
                )!
                .Event!.SenderIsChatAdmin
        );
}
