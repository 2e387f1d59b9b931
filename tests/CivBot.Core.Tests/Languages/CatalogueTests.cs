namespace CivBot.Core.Tests.Languages;

using System.Globalization;
using System.Reflection;
using CivBot.Core.Languages;

/// <summary>
/// Every language has every message (the compiler sees to that: the catalogue's messages are abstract), fills the same
/// placeholders, and is really translated. Each message is rendered with marked sample values for every combination
/// of its flags and choices, and each language must show the same marked values as English.
/// </summary>
public sealed class CatalogueTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    // 14:37 marks a moment: it shows as its local time in every language.
    private static readonly Moment Sample = new(
        Now.AddDays(3).AddHours(5).AddMinutes(37),
        Now,
        TimeZoneInfo.Utc
    );

    /// <summary>Messages that may read the same in two languages (names, codes, symbols).</summary>
    private static readonly HashSet<string> SameEverywhere = ["SingleHint", "ReplyWith"];

    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var m in AbstractMembers())
            data.Add(m.Name);
        return data;
    }

    [Fact]
    public void Every_language_is_found_by_its_code_its_locale_and_its_name()
    {
        Assert.Same(Words.Spanish, Words.Find("es"));
        Assert.Same(Words.Spanish, Words.Find("ES"));
        Assert.Same(Words.Spanish, Words.Find("es-MX"));
        Assert.Same(Words.Spanish, Words.Find("es_419"));
        Assert.Same(Words.Spanish, Words.Find("Español"));
        Assert.Same(Words.English, Words.Find("en-US"));
        Assert.Null(Words.Find("pt-BR"));
        Assert.Same(Words.English, Words.Of("pt-BR"));
        Assert.Same(Words.English, Words.Of(null));
    }

    [Fact]
    public void Amounts_use_the_readers_decimal_separator()
    {
        Assert.Equal("10.50 USD", Words.English.Amount(10.5m, "USD"));
        Assert.Equal("10,50 USD", Words.Spanish.Amount(10.5m, "USD"));
        Assert.Equal("3000 JPY", Words.Spanish.Amount(3000m, "JPY"));
        Assert.Equal(
            "12,50 EUR + 3,000 KWD",
            Words.Spanish.Totals([new("KWD", 3m), new("EUR", 12.5m)])
        );
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_language_fills_the_same_placeholders_as_english(string message)
    {
        var member = AbstractMembers().Single(m => m.Name == message);
        foreach (var args in Samples(member))
        {
            var english = Render(Words.English, member, args);
            Assert.False(string.IsNullOrWhiteSpace(english), $"{message} is empty in English");
            var markers = Markers(args).Where(english.Contains).ToHashSet();
            foreach (var words in Words.All.Skip(1))
            {
                var text = Render(words, member, args);
                Assert.False(
                    string.IsNullOrWhiteSpace(text),
                    $"{message} is empty in {words.Code}"
                );
                var shown = Markers(args).Where(text.Contains).ToHashSet();
                Assert.True(
                    markers.SetEquals(shown),
                    $"{message} ({words.Code}) shows [{string.Join(", ", shown)}] where English shows [{string.Join(", ", markers)}]:\n{english}\n{text}"
                );
                if (!SameEverywhere.Contains(message) && text.Length > 12)
                    Assert.True(
                        english != text,
                        $"{message} is not translated into {words.Code}: {text}"
                    );
            }
        }
    }

    /// <summary>Messages a person asked for as a list (the command list); every other one is a phone's worth.</summary>
    private static readonly HashSet<string> Lists = ["Help"];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_template_fits_a_phone_in_every_language_with_long_names_and_amounts(
        string message
    )
    {
        var member = AbstractMembers().Single(m => m.Name == message);
        if (Lists.Contains(message))
            return;
        foreach (var args in Samples(member))
        {
            // Every text placeholder as long as a long name ("Bartholomew Oyelaran-Castellanos"), every number large.
            var worst = args.Select(a =>
                    a switch
                    {
                        string => "Bartholomew Oyelaran-Castellanos",
                        int => 99999,
                        long => 99999L,
                        _ => a,
                    }
                )
                .ToArray();
            foreach (var words in Words.All)
            {
                var text = Render(words, member, worst);
                var lines = text.Split('\n').Length;
                Assert.True(
                    lines <= 5 && text.Length <= 400,
                    $"{message} ({words.Code}): {lines} lines, {text.Length} characters:\n{text}"
                );
            }
        }
    }

    [Fact]
    public void Every_spanish_command_name_is_an_alias_of_a_known_command()
    {
        foreach (var (alias, command) in CivBot.Core.Commands.KnownCommands.Aliases)
        {
            Assert.Contains(command, CivBot.Core.Commands.KnownCommands.All);
            Assert.DoesNotContain(alias, CivBot.Core.Commands.KnownCommands.All);
            Assert.Equal(
                command,
                CivBot.Core.Commands.CommandParser.Parse("/" + alias + " #2 x")!.Name
            );
        }
    }

    private static IEnumerable<MemberInfo> AbstractMembers() =>
        typeof(Words)
            .GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m =>
                m switch
                {
                    MethodInfo { IsAbstract: true, IsSpecialName: false } => true,
                    PropertyInfo p => p.GetMethod is { IsAbstract: true },
                    _ => false,
                }
            )
            .Where(m => m.Name is not ("Code" or "Name"));

    private static string Render(Words words, MemberInfo member, object?[] args) =>
        member switch
        {
            PropertyInfo p => (string)p.GetValue(words)!,
            MethodInfo m => (string)m.Invoke(words, args)!,
            _ => throw new InvalidOperationException(member.Name),
        };

    /// <summary>Every combination of the flags, choices and nulls; strings and numbers get a marked value each.</summary>
    private static IEnumerable<object?[]> Samples(MemberInfo member)
    {
        if (member is not MethodInfo method)
            return
            [
                [],
            ];
        var options = method.GetParameters().Select((p, i) => Values(p, i)).ToList();
        IEnumerable<object?[]> combos =
        [
            [],
        ];
        foreach (var values in options)
            combos = combos.SelectMany(c => values.Select(v => c.Append(v).ToArray()));
        return combos;
    }

    private static IReadOnlyList<object?> Values(ParameterInfo p, int i)
    {
        var type = p.ParameterType;
        var nullable =
            new NullabilityInfoContext().Create(p).WriteState == NullabilityState.Nullable;
        if (type == typeof(string))
            return nullable ? [$"«s{i}»", null] : [$"«s{i}»"];
        if (type == typeof(int))
            return [7301 + i];
        if (type == typeof(int?))
            return [7301 + i, null];
        if (type == typeof(long))
            return [7301L + i];
        if (type == typeof(long?))
            return [7301L + i, null];
        if (type == typeof(bool))
            return [true, false];
        if (type.IsEnum)
            return [.. Enum.GetValues(type).Cast<object>()];
        if (type == typeof(Moment))
            return [Sample];
        if (type == typeof(Moment?))
            return [Sample, null];
        throw new InvalidOperationException(
            $"{p.Member.Name}({p.Name}): give the catalogue's messages plain parameters (string, int, long, bool, an enum, Moment), or teach this test the new type."
        );
    }

    private static IEnumerable<string> Markers(object?[] args) =>
        args.Select(a =>
                a switch
                {
                    string s => s,
                    int n => n.ToString(CultureInfo.InvariantCulture),
                    long n => n.ToString(CultureInfo.InvariantCulture),
                    Moment => "14:37",
                    _ => null,
                }
            )
            .OfType<string>();
}
