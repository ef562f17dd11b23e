using System.Collections;
using System.Globalization;

namespace Deepnote.Worker.Results;

/// <summary>Turns a driver's value into one a JSON response can carry as is (string, number, boolean or null),
/// and estimates its size for the byte limit.</summary>
public static class ResultValues
{
    public static object? ToJson(object? value) => value switch
    {
        null or DBNull => null,
        string or bool or short or int or long or decimal => value,
        byte b => (int)b,
        double d => double.IsFinite(d) ? d : d.ToString(CultureInfo.InvariantCulture),
        float f => float.IsFinite(f) ? (double)f : f.ToString(CultureInfo.InvariantCulture),
        sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (long)u : u.ToString(CultureInfo.InvariantCulture),
        System.Numerics.BigInteger i => i >= long.MinValue && i <= long.MaxValue ? (long)i : i.ToString(CultureInfo.InvariantCulture),
        Int128 i => i >= long.MinValue && i <= long.MaxValue ? (long)i : i.ToString(CultureInfo.InvariantCulture),
        UInt128 i => i <= long.MaxValue ? (long)i : i.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        byte[] bytes => "\\x" + Convert.ToHexStringLower(bytes),
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(i => ToJson(i) switch
        {
            null => "null",
            string s => s,
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        })) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>About the bytes the value takes in a JSON response.</summary>
    public static int Size(object? value) => value switch
    {
        null => 4,
        string s => s.Length + 3,
        _ => 9,
    };

    /// <summary>The Arrow kind of a column whose driver field type is <paramref name="type"/>.</summary>
    public static ColumnKind KindOf(Type type) => type switch
    {
        _ when type == typeof(bool) => ColumnKind.Boolean,
        _ when type == typeof(short) || type == typeof(int) || type == typeof(long) || type == typeof(byte)
               || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) => ColumnKind.Integer,
        _ when type == typeof(double) || type == typeof(float) => ColumnKind.Double,
        _ when type == typeof(decimal) => ColumnKind.Decimal,
        _ when type == typeof(ulong) || type == typeof(System.Numerics.BigInteger) || type == typeof(Int128)
               || type == typeof(UInt128) => ColumnKind.WideInteger,
        _ when type == typeof(object) => ColumnKind.Any,
        _ => ColumnKind.Text,
    };
}
