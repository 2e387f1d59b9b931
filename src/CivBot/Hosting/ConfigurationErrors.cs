namespace CivBot.Hosting;

using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

/// <summary>
/// Turns a configuration mistake, wherever it surfaces (a validator, the binder, a platform refusing a token), into the
/// lines an operator reads: each names the key, what is wrong with its value and an example. Every verb prints these
/// and exits with 2, without a stack trace.
/// </summary>
public static partial class ConfigurationErrors
{
    public const int ExitCode = 2;

    /// <summary>The lines for <paramref name="error"/> when it is a configuration mistake; null when it is not.</summary>
    public static IReadOnlyList<string>? Describe(Exception? error) =>
        error switch
        {
            null => null,
            OptionsValidationException invalid => invalid.Failures.ToList(),
            AggregateException many => Describe(many.InnerExceptions),
            InvalidOperationException conversion
                when NotConverted().Match(conversion.Message) is { Success: true } m =>
            [
                NotConverted(
                    m.Groups["key"].Value,
                    m.Groups["value"].Value,
                    m.Groups["type"].Value
                ),
            ],
            _ when error.InnerException is { } inner => Describe(inner),
            _ => null,
        };

    /// <summary>A refused setting outside the options validators (a platform rejecting a token, say).</summary>
    public static OptionsValidationException Refused(string key, Type options, string line) =>
        new(key, options, [line]);

    private static List<string>? Describe(IEnumerable<Exception> errors)
    {
        var lines = new List<string>();
        foreach (var error in errors)
        {
            if (Describe(error) is not { } own)
                return null;
            lines.AddRange(own);
        }
        return lines.Count > 0 ? lines : null;
    }

    private static string NotConverted(string key, string value, string typeName)
    {
        var variable = key.Replace(":", "__", StringComparison.Ordinal);
        var enumType = AppDomain
            .CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(typeName, throwOnError: false))
            .FirstOrDefault(t => t is { IsEnum: true });
        if (enumType is not null)
        {
            var names = Enum.GetNames(enumType);
            return $"{key} is '{value}', which is not one of {string.Join(", ", names)}; e.g. {variable}={names[0]}";
        }
        var (what, example) = typeName switch
        {
            "System.Int32" or "System.Int64" => ("a whole number", "10"),
            "System.Double" or "System.Decimal" or "System.Single" => ("a number", "15"),
            "System.Boolean" => ("true or false", "true"),
            "System.TimeSpan" => ("a time span (hh:mm:ss)", "00:00:30"),
            _ => ($"a {typeName}", "…"),
        };
        return $"{key} is '{value}', which is not {what}; e.g. {variable}={example}";
    }

    // The binder's own wording (Microsoft.Extensions.Configuration.Binder): the only place the key and value are given.
    [GeneratedRegex(
        "^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'",
        RegexOptions.Singleline
    )]
    private static partial Regex NotConverted();
}
