using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Deepnote.Application.Common.Validation;

/// <summary>Finds text PostgreSQL cannot store anywhere in a request: its strings, and the strings of the product's
/// own records and lists inside it (a connection's settings, an audit filter's types), a few levels deep.</summary>
internal static class StoredTextScan
{
    private const int MaxDepth = 4;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The name of the first top-level property holding unstorable text, or null.</summary>
    public static string? FirstUnstorable(object message) =>
        PropertiesOf(message.GetType()).FirstOrDefault(p => !Storable(p.GetValue(message), 1))?.Name;

    private static bool Storable(object? value, int depth) => value switch
    {
        null => true,
        string text => StoredText.IsStorable(text),
        _ when depth > MaxDepth => true,
        IEnumerable many when value is not IDictionary => many.Cast<object?>().All(v => Storable(v, depth + 1)),
        _ when IsOurs(value.GetType()) => PropertiesOf(value.GetType()).All(p => Storable(p.GetValue(value), depth + 1)),
        _ => true,
    };

    private static bool IsOurs(Type type) => type.IsClass && type.Namespace?.StartsWith("Deepnote.", StringComparison.Ordinal) == true;

    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .ToArray());
}
