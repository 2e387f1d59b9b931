namespace CivBot.Core.Tests.Privacy;

using CivBot.Core.Engine;
using CivBot.Core.Languages;
using CivBot.Core.Privacy;

public sealed class HandleRulesTests
{
    /// <summary>The refusal's reason as an English reader sees it.</summary>
    private static string? Problem(string name, IEnumerable<string> others) =>
        HandleRules.Problem(name, others)?.In(Words.English);

    private static string Variant(string wanted, IReadOnlyCollection<string> others) =>
        HandleRules.Variant(wanted, others, Words.English.SuggestedName);

    [Theory]
    [InlineData("Аnn")] // Cyrillic А
    [InlineData("ANN")]
    [InlineData("A nn")]
    [InlineData("Ａｎｎ")] // full-width
    public void A_name_that_looks_like_another_members_is_refused(string name) =>
        Assert.Contains("looks the same as Ann", Problem(name, ["Ann"]));

    [Theory]
    [InlineData("CivBot")]
    [InlineData("civbot")]
    [InlineData("СivВot")] // Cyrillic С and В
    [InlineData("Bot")]
    [InlineData("CivBot official")]
    [InlineData("CivB0t")]
    public void A_name_that_poses_as_the_bot_is_refused(string name) =>
        Assert.Contains("mistaken for me", Problem(name, []));

    [Theory]
    [InlineData("Ann\u200B")]
    [InlineData("\u202EnnA")]
    [InlineData("Ann\u0007")]
    public void Invisible_and_direction_changing_characters_are_refused(string name) =>
        Assert.Contains("invisible", Problem(name, []));

    [Theory]
    [InlineData("<b>Ann</b>")]
    [InlineData("*Ann*")]
    [InlineData("[Ann](http://x.example)")]
    [InlineData("@everyone")]
    [InlineData("/ask")]
    public void Markup_mentions_and_commands_are_refused(string name) =>
        Assert.Contains("formatting", Problem(name, []));

    [Fact]
    public void A_phone_number_is_refused_as_a_name() =>
        Assert.Contains("phone number", Problem("555 123 4567", []));

    [Fact]
    public void Plain_distinct_names_are_fine()
    {
        Assert.Null(Problem("Dana", ["Ann", "Eve"]));
        Assert.Null(Problem("Jos\u00E9", ["Jose 2"]));
    }

    [Fact]
    public void The_suggested_variant_is_free_and_close_to_what_was_asked()
    {
        Assert.Equal("Ann 2", Variant("Ann", ["Ann"]));
        Assert.Equal("ANN 3", Variant("ANN", ["Ann", "Ann 2"]));
        Assert.Equal("Neighbour", Variant("CivBot", []));
        Assert.Equal("Ann", Variant("*Ann*", []));
        Assert.Equal("Ann", Variant("@Ann\u200B", []));
        var variant = Variant("Аnn", ["Ann"]);
        Assert.Null(Problem(variant, ["Ann"]));
        // The look-alike is offered in plain letters, never as the disguise it was.
        Assert.Equal("Ann 2", variant);
        Assert.Equal("Аня", Variant("Аня", ["Ann"]));
    }

    [Fact]
    public void Skeletons_fold_case_width_and_look_alike_letters() =>
        Assert.Equal(Confusables.Skeleton("alice"), Confusables.Skeleton("AIiсe"));

    [Theory]
    [InlineData("Ann", "\u13AAnn")] // Cherokee A
    [InlineData("Bob", "B\u0585b")] // Armenian o
    [InlineData("Bob", "B0b")]
    [InlineData("Kim", "Kirn")]
    [InlineData("Lee", "\u217Cee")] // small Roman numeral fifty
    [InlineData("Sam", "\uA4E2am")] // Lisu S
    [InlineData("Eve", "\u0395ve")] // Greek E
    public void Look_alikes_from_any_script_in_the_unicode_table_share_a_skeleton(
        string name,
        string lookAlike
    ) => Assert.Equal(Confusables.Skeleton(name), Confusables.Skeleton(lookAlike));

    [Theory]
    [InlineData("Jose", "Jos\u00E9")]
    [InlineData("Ann", "Anna")]
    [InlineData("Li", "Lu")]
    public void Names_that_differ_to_the_eye_keep_different_skeletons(string a, string b) =>
        Assert.NotEqual(Confusables.Skeleton(a), Confusables.Skeleton(b));
}
