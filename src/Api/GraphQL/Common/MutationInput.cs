namespace Deepnote.Api.GraphQL.Common;

/// <summary>A mutation's <c>input</c> object, read by field name. A malformed id is VALIDATION_FAILED naming the
/// field; everything else was checked against the input type by GraphQL before the resolver runs.</summary>
public sealed class MutationInput(IReadOnlyDictionary<string, object?> values)
{
    public Guid Id(string field) => ResolveContextExtensions.ParseId(Value(field)?.ToString(), field);

    public string String(string field) => (string)Value(field)!;

    public string? OptionalString(string field) => (string?)Value(field);

    public int Int(string field) => Convert.ToInt32(Value(field), System.Globalization.CultureInfo.InvariantCulture);

    public int? OptionalInt(string field) => Value(field) is { } v
        ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    public bool Bool(string field) => (bool)Value(field)!;

    public bool? OptionalBool(string field) => (bool?)Value(field);

    public double? OptionalDouble(string field) => Value(field) is { } v
        ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    public T Enum<T>(string field) where T : struct, Enum => (T)Value(field)!;

    private object? Value(string field) => values.TryGetValue(field, out var value) ? value : null;
}
