namespace CivBot.Discord.Tests.Sending;

using CivBot.Core.Replies;
using CivBot.Discord.Api;
using CivBot.Discord.Receiving;
using CivBot.Discord.Sending;

public sealed class FormattingTests
{
    [Fact]
    public void Markdown_in_user_text_is_escaped_so_it_renders_literally()
    {
        Assert.Equal(
            @"Ride for my son \<5y> on Main St & back \*today\* \_now\_ \~\~x\~\~ \`code\` \|\|spoiler\|\| \[link\](x)",
            MarkdownText.Escape(
                "Ride for my son <5y> on Main St & back *today* _now_ ~~x~~ `code` ||spoiler|| [link](x)"
            )
        );
    }

    [Fact]
    public void Block_markers_are_escaped_only_at_the_start_of_a_line_and_links_stay_intact()
    {
        Assert.Equal(
            "\\# Title\n\\- item\n\\> quote\nOption #1 - a > b https://example.org/a_b*c",
            MarkdownText.Escape(
                "# Title\n- item\n> quote\nOption #1 - a > b https://example.org/a_b*c"
            )
        );
    }

    [Fact]
    public void A_long_text_splits_at_line_breaks_into_parts_that_fit_once_escaped()
    {
        var text = string.Join("\n", Enumerable.Range(0, 300).Select(i => $"*{i}* item_{i}"));
        var parts = MessageSplitter.Split(text);
        Assert.True(parts.Count > 1);
        Assert.All(
            parts,
            p => Assert.InRange(MarkdownText.Escape(p).Length, 1, MessageSplitter.MaxLength)
        );
        Assert.Equal(text, string.Join("\n", parts));
    }

    [Fact]
    public void A_text_without_spaces_is_cut_hard_but_never_inside_a_surrogate_pair()
    {
        var text = new string('a', 1999) + "😀" + new string('b', 10);
        var parts = MessageSplitter.Split(text);
        Assert.Equal(1999, parts[0].Length);
        Assert.StartsWith("😀", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Buttons_become_rows_of_five_with_the_payload_as_custom_id()
    {
        var buttons = Enumerable
            .Range(1, 7)
            .Select(i => new ReplyButton($"{i}) option", $"v:1:{i}"))
            .ToList();
        var rows = MessageComponents.From(buttons)!;
        Assert.Equal(2, rows.Count);
        Assert.Equal(5, rows[0]!["components"]!.AsArray().Count);
        Assert.Equal("v:1:7", (string)rows[1]!["components"]![1]!["custom_id"]!);
        Assert.Throws<ArgumentException>(() =>
            MessageComponents.From([new ReplyButton("x", new string('x', 101))])
        );
    }

    [Fact]
    public void Allowed_mentions_never_parse_everyone_roles_or_users_from_the_text()
    {
        var none = AllowedMentions.Only(null);
        Assert.Empty(none["parse"]!.AsArray());
        Assert.Empty(none["users"]!.AsArray());
        Assert.Equal("42", (string)AllowedMentions.Only("42")["users"]![0]!);
    }

    [Fact]
    public void Rate_limit_routes_keep_the_major_parameter_and_hide_ids_and_tokens()
    {
        Assert.Equal(
            new DiscordRoute("PATCH /channels/111/messages/{id}", "111", false),
            DiscordRoute.Of(HttpMethod.Patch, "/channels/111/messages/987")
        );
        var webhook = DiscordRoute.Of(HttpMethod.Post, "/webhooks/800/secret-token");
        Assert.Equal("POST /webhooks/800/{token}", webhook.Key);
        Assert.True(DiscordRoute.Of(HttpMethod.Post, "/interactions/1/tok/callback").Interaction);
    }

    [Fact]
    public void Every_slash_command_name_and_description_fits_discords_limits()
    {
        Assert.All(
            SlashCommands.All,
            c =>
            {
                Assert.Matches("^[a-z]{1,32}$", c.Name);
                Assert.InRange(c.Description.Length, 1, 100);
                Assert.True(
                    c.Options.SkipWhile(o => o.Required).All(o => !o.Required),
                    $"{c.Name}: required options first"
                );
            }
        );
    }

    [Fact]
    public void Every_slash_command_is_described_in_spanish_for_both_of_discords_spanish_locales()
    {
        var registration = SlashCommands.Registration();
        Assert.Equal(SlashCommands.All.Count, registration.Count);
        foreach (var command in registration)
        {
            var english = (string)command!["description"]!;
            var localized = command["description_localizations"]!.AsObject();
            Assert.Equal(["es-ES", "es-419"], localized.Select(l => l.Key));
            var spanish = (string)localized["es-ES"]!;
            Assert.Equal(spanish, (string)localized["es-419"]!);
            Assert.InRange(spanish.Length, 1, 100);
            Assert.NotEqual(english, spanish);
        }
        var ask = registration.Single(c => (string)c!["name"]! == "ask")!;
        Assert.Equal("Open a loop for a need", (string)ask["description"]!);
        Assert.Equal(
            "Abre un ciclo para una necesidad",
            (string)ask["description_localizations"]!["es-419"]!
        );
    }

    [Fact]
    public void Every_slash_command_option_is_described_in_english_and_spanish_within_discords_limit()
    {
        var flow = SlashCommands.ForFlow("urgent", "Urgent ride");
        var registration = SlashCommands.Registration([flow]);
        var options = registration.SelectMany(c => c!["options"]!.AsArray()).ToList();
        Assert.NotEmpty(options);
        foreach (var option in options)
        {
            var english = (string)option!["description"]!;
            var localized = option["description_localizations"]!.AsObject();
            var spanish = (string)localized["es-419"]!;
            Assert.InRange(english.Length, 1, 100);
            Assert.InRange(spanish.Length, 1, 100);
            Assert.Equal(spanish, (string)localized["es-ES"]!);
        }
        var spend = registration.Single(c => (string)c!["name"]! == "spend")!["options"]!.AsArray();
        Assert.Equal("How much, e.g. 6.40", (string)spend[0]!["description"]!);
        Assert.Equal(
            "Cuánto, p. ej. 6,40",
            (string)spend[0]!["description_localizations"]!["es-ES"]!
        );
        var verdicts = registration.Single(c => (string)c!["name"]! == "audit")!["options"]![0]![
            "choices"
        ]!.AsArray();
        Assert.Equal(["ok", "flag"], verdicts.Select(c => (string)c!["value"]!));
        Assert.Equal(
            ["bien", "problema"],
            verdicts.Select(c => (string)c!["name_localizations"]!["es-419"]!)
        );
        var urgent = registration.Single(c => (string)c!["name"]! == "urgent")![
            "options"
        ]!.AsArray();
        Assert.StartsWith(
            "Qué hace falta (vacío",
            (string)urgent[0]!["description_localizations"]!["es-419"]!
        );
    }
}
