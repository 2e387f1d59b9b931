namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using CivBot.Core.Model;

/// <summary>
/// How a group spans several chats (<c>/link</c>): the chats it knows by name, the open link code, a chat asking to
/// join, and this group's chats' recent tries of other groups' codes. Null in a group that never linked.
/// </summary>
/// <param name="Chats">The group's chats by channel and title, once one of them used <c>/link</c>.</param>
/// <param name="Code">The one open code another chat can use to ask to join; single use.</param>
/// <param name="Request">A chat that used the code and waits for an admin here to confirm.</param>
/// <param name="Tries">When each of this group's chats last tried a code (for the per-chat limit).</param>
/// <param name="Serial">How many link codes the group has had; a new one is derived from it.</param>
/// <param name="MemberCode">The open <c>/me link</c> code: another account of its member uses it to merge.</param>
/// <param name="Merged">Accounts merged into a member (<c>/me link</c>): the account, and the member it acts as.</param>
/// <param name="LastChat">While the group spans several chats: the chat each member last spoke in, where a mention
/// that replaces an undeliverable private message goes.</param>
/// <param name="Confirmed">The request confirmed last, until its 15 minutes end: a second admin confirming it at the
/// same moment is told it was already confirmed, and by whom.</param>
public sealed record LinkState(
    ImmutableList<LinkedChat> Chats,
    LinkCode? Code,
    LinkRequest? Request,
    ImmutableList<LinkTry> Tries,
    int Serial,
    ImmutableDictionary<MemberId, ChatAddress>? LastChat = null,
    MemberCode? MemberCode = null,
    ImmutableDictionary<MemberId, MemberId>? Merged = null,
    ConfirmedLink? Confirmed = null
)
{
    public ImmutableDictionary<MemberId, MemberId> MergedAccounts =>
        Merged ?? ImmutableDictionary<MemberId, MemberId>.Empty;

    public static readonly LinkState Empty = new([], null, null, [], 0);

    public ImmutableDictionary<MemberId, ChatAddress> LastChats =>
        LastChat ?? ImmutableDictionary<MemberId, ChatAddress>.Empty;

    public LinkedChat? Chat(ChatAddress chat) => Chats.FirstOrDefault(c => c.Chat == chat);
}

/// <summary>A chat of a linked group, named as people know it (never by its id).</summary>
public sealed record LinkedChat(ChatAddress Chat, string Title)
{
    /// <summary>"Telegram “Helpers”", "Discord #general": what receipts and messages call the chat.</summary>
    public string Name => $"{ChannelName(Chat.Channel)} {Title}";

    /// <summary>The title of a chat that has none: a name, the same in every language.</summary>
    public const string Untitled = "chat";

    /// <summary>A channel as people name it: "Telegram", "SMS" (names, the same in every language).</summary>
    public static string ChannelName(string channel) =>
        channel switch
        {
            "telegram" => "Telegram",
            "discord" => "Discord",
            "sms" => "SMS",
            "playground" => "Playground",
            _ => channel,
        };
}

/// <summary>An open link code, made in <paramref name="Chat"/>.</summary>
public sealed record LinkCode(string Code, ChatAddress Chat, DateTimeOffset ExpiresAt);

/// <summary>A chat that asked to join with the group's code; it leaves its own group (<paramref name="From"/>).</summary>
public sealed record LinkRequest(
    LinkedChat Chat,
    GroupId From,
    string Handle,
    DateTimeOffset ExpiresAt
);

/// <summary>A request an admin confirmed (<paramref name="By"/>); it answers a late confirmation until <paramref name="Until"/>.</summary>
public sealed record ConfirmedLink(LinkedChat Chat, string By, DateTimeOffset Until);

/// <summary>One try of a link code from one of this group's chats.</summary>
public sealed record LinkTry(ChatAddress Chat, DateTimeOffset At);

/// <summary>
/// What a chat's admin sent towards another group with <c>/link &lt;code&gt;</c>: storage finds the code's group and
/// brings this to it as a timer due at once, so each group's engine only ever changes its own state.
/// </summary>
/// <param name="Language">The asking chat's language, for the answers it gets from the code's group (null: that group's).</param>
public sealed record LinkNote(
    string Code,
    ChatAddress Chat,
    string Title,
    GroupId From,
    string Handle,
    string? Language = null
);

/// <summary>An open <c>/me link</c> code of <paramref name="Member"/>.</summary>
public sealed record MemberCode(string Code, MemberId Member, DateTimeOffset ExpiresAt);
