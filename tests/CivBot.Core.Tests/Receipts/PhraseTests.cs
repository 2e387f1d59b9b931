namespace CivBot.Core.Tests.Receipts;

using System.Reflection;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

/// <summary>
/// The bot's own words on receipts are a language-neutral phrase (form 3): hashed with the receipt, read back exactly,
/// and rendered in each reader's language; the summary keeps the English.
/// </summary>
public sealed class PhraseTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void Form_3_writes_the_phrase_as_a_nested_array_between_loop_and_prev_hash()
    {
        var phrase = Phrases.LoopClosed(
            7,
            Why.AuditConfirmedBy("bea"),
            new Dictionary<string, decimal> { ["USD"] = 6.40m }
        );
        var r = ReceiptChain.Next(
            ChainHead.Empty,
            At,
            new GroupId("g1"),
            7,
            ReceiptKind.Closed,
            "CivBot",
            Phrases.Render(Words.English, phrase),
            actorType: ActorType.Bot,
            phrase: phrase
        );
        Assert.Equal(
            "{\"actor\":\"CivBot\",\"actor_type\":\"bot\",\"at\":\"2026-11-22T09:30:15.123Z\",\"form\":3,\"group\":\"g1\",\"kind\":\"closed\",\"loop\":7,\"phrase\":[\"loop-closed\",\"7\",[\"audit-confirmed-by\",\"bea\"],[\"spent\",\"USD\",\"6.40\"]],\"prev_hash\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"seq\":1,\"summary\":\"Loop #7 closed: audit confirmed by bea, spent 6.40 USD\"}",
            CanonicalJson.Write(r, includeHash: false)
        );
        Assert.Equal(phrase, Phrase.Parse(phrase.ToJson()));
        Assert.Null(ReceiptChain.Check(null, r));
        // Editing the phrase (a reader's rendering) breaks the hash like editing the summary does.
        var edited = r with
        {
            Phrase = Phrases.LoopClosed(7, Why.ClosedPlainly, new Dictionary<string, decimal>()),
        };
        Assert.NotNull(ReceiptChain.Check(null, edited));
    }

    [Fact]
    public void A_closing_receipt_reads_in_each_readers_language_with_their_number_format()
    {
        var phrase = Phrases.LoopClosed(
            7,
            Why.AuditConfirmedBy("bea"),
            new Dictionary<string, decimal> { ["USD"] = 6.40m, ["EUR"] = 3m }
        );
        Assert.Equal(
            "Loop #7 closed: audit confirmed by bea, spent 3.00 EUR + 6.40 USD",
            Phrases.Render(Words.English, phrase)
        );
        Assert.Equal(
            $"Ciclo #7 cerrado: {Words.Spanish.AuditConfirmedBy("bea")}, gastado 3,00 EUR + 6,40 USD",
            Phrases.Render(Words.Spanish, phrase)
        );
    }

    [Fact]
    public void A_phrase_this_program_does_not_know_shows_the_receipts_english_summary()
    {
        var r = new Receipt(
            1,
            At,
            new GroupId("g1"),
            1,
            ReceiptKind.Decision,
            "CivBot",
            "Decided: something a newer CivBot wrote",
            null,
            null,
            [],
            Receipt.GenesisHash,
            "",
            null,
            ActorType.Bot,
            ReceiptForms.Phrases,
            Phrase.Of("from-the-future", "x")
        );
        Assert.Equal(
            "Decided: something a newer CivBot wrote",
            ReceiptText.Summary(Words.Spanish, r)
        );
        // Values that do not fit the phrase (a number that is not one) fall back the same way.
        Assert.Equal(
            "Decided: something a newer CivBot wrote",
            ReceiptText.Summary(
                Words.Spanish,
                r with
                {
                    Phrase = Phrase.Of("claimed", "eve", "seven"),
                }
            )
        );
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("[1]")]
    [InlineData("[\"k\",[\"p\"],\"value after a part\"]")]
    [InlineData("{\"k\":1}")]
    public void A_stored_phrase_that_is_not_one_is_refused_as_invalid_data(string json) =>
        Assert.Throws<InvalidDataException>(() => Phrase.Parse(json));

    [Fact]
    public void Every_phrase_the_engine_can_write_renders_in_every_language()
    {
        var factories = Producing(typeof(Phrases), typeof(Phrase));
        var whys = Producing(typeof(Why), typeof(Why));
        Assert.True(factories.Count > 30 && whys.Count > 25);
        var rendered = new HashSet<string>();
        foreach (var member in factories.Concat(whys))
        {
            var made = Make(member);
            var phrase = made as Phrase ?? ((Why)made).Phrase;
            rendered.Add(phrase.Key);
            foreach (var w in Words.All)
                Assert.False(
                    string.IsNullOrWhiteSpace(Phrases.TryRender(w, phrase)),
                    $"{member.Name} ({phrase.Key}) does not render in {w.Code}"
                );
        }
        // Every key the renderer knows is one a factory writes: no dead entries, no typo between the two.
        Assert.Empty(Phrases.Keys.Except(rendered).Except(["spent"]));
    }

    [Fact]
    public void A_decision_reads_in_each_readers_language_while_its_summary_keeps_the_english()
    {
        var h = Loops.InVote();
        h.Send("dan", "/vote 1");
        h.Send("eve", "/vote 1");
        h.Send("fay", "/vote 1");
        h.Send("ann", "/vote 1");
        var decision = h.OfKind(ReceiptKind.Decision).Single();
        Assert.NotNull(decision.Phrase);
        Assert.StartsWith("Decided: option 1, ", decision.Summary, StringComparison.Ordinal);
        Assert.Equal(decision.Summary, ReceiptText.Summary(Words.English, decision));
        Assert.StartsWith(
            "Decidido: opción 1, ",
            ReceiptText.Summary(Words.Spanish, decision),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "votaron todos",
            ReceiptText.Summary(Words.Spanish, decision),
            StringComparison.Ordinal
        );
    }

    /// <summary>The public static methods and properties of <paramref name="type"/> that give a <paramref name="made"/>.</summary>
    private static List<MemberInfo> Producing(Type type, Type made) =>
        [
            .. type.GetMembers(BindingFlags.Public | BindingFlags.Static)
                .Where(m =>
                    m is MethodInfo { ReturnType: var t } && t == made
                    || m is PropertyInfo { PropertyType: var p } && p == made
                ),
        ];

    private static object Make(MemberInfo member) =>
        member switch
        {
            PropertyInfo p => p.GetValue(null)!,
            MethodInfo m => m.Invoke(null, [.. m.GetParameters().Select(Sample)])!,
            _ => throw new InvalidOperationException(member.Name),
        };

    private static object? Sample(ParameterInfo p) =>
        p.ParameterType switch
        {
            var t when t == typeof(string) => "«x»",
            var t when t == typeof(int) || t == typeof(long) => Convert.ChangeType(
                2,
                p.ParameterType,
                null
            ),
            var t when t == typeof(bool) => true,
            var t when t == typeof(decimal) => 6.40m,
            var t when t == typeof(DateTimeOffset) => At,
            var t when t == typeof(Phrase) => Phrase.Of("verbatim", "«inner»"),
            var t when t == typeof(Why) => Why.Decided,
            var t when t == typeof(IReadOnlyDictionary<string, decimal>) => new Dictionary<
                string,
                decimal
            >
            {
                ["USD"] = 1m,
            },
            var t when t == typeof(IReadOnlyList<int>) => new[] { 1, 2 },
            var t when t.IsEnum => Enum.GetValues(t).GetValue(0),
            var t when Nullable.GetUnderlyingType(t) is { } inner && inner == typeof(decimal) =>
                6.40m,
            _ => throw new InvalidOperationException(
                $"{p.Member.Name}({p.Name}): teach this test {p.ParameterType}"
            ),
        };
}
