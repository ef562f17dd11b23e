using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>
/// The deterministic serialisation that the audit hash chain is computed over (docs/audit-chain.md):
/// UTF-8; no whitespace; object members sorted by key in ordinal (UTF-16 code unit) order; strings with only
/// <c>"</c>, <c>\</c> and control characters below U+0020 escaped (<c>\"</c>, <c>\\</c>, <c>\b \f \n \r \t</c>,
/// others as <c>\u00xx</c> lower-case); numbers must be integers and are written in plain decimal; <c>true</c>,
/// <c>false</c>, <c>null</c> as is. A verifier in any language can rebuild these bytes.
/// </summary>
public static class CanonicalJson
{
    public static byte[] ToBytes(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(element, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(JsonElement element, IBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output);
                break;
            case JsonValueKind.Array:
                Append(output, "[");
                var firstItem = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!firstItem) Append(output, ",");
                    firstItem = false;
                    Write(item, output);
                }

                Append(output, "]");
                break;
            case JsonValueKind.String:
                // A string stored without any escape is already canonical: its raw UTF-8 bytes, quotes included.
                var raw = JsonMarshal.GetRawUtf8Value(element);
                if (raw.IndexOf((byte)'\\') < 0) output.Write(raw);
                else WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number:
                if (!element.TryGetInt64(out var integer))
                {
                    throw new InvalidOperationException("Events may hold integers only; write other numbers as strings.");
                }

                WriteInteger(integer, output);
                break;
            case JsonValueKind.True:
                Append(output, "true");
                break;
            case JsonValueKind.False:
                Append(output, "false");
                break;
            case JsonValueKind.Null:
                Append(output, "null");
                break;
            default:
                throw new InvalidOperationException($"Cannot canonicalise {element.ValueKind}.");
        }
    }

    /// <summary>Members in ordinal (UTF-16 code unit) order of their names; the names are compared as strings only
    /// when their raw bytes are not plain ASCII, where UTF-8 byte order and UTF-16 order can differ.</summary>
    private static void WriteObject(JsonElement element, IBufferWriter<byte> output)
    {
        var count = element.GetPropertyCount();
        var members = ArrayPool<JsonProperty>.Shared.Rent(count);
        try
        {
            var n = 0;
            foreach (var property in element.EnumerateObject()) members[n++] = property;
            Array.Sort(members, 0, n, NameOrder.Instance);
            Append(output, "{");
            for (var i = 0; i < n; i++)
            {
                if (i > 0) Append(output, ",");
                var name = JsonMarshal.GetRawUtf8PropertyName(members[i]);
                if (name.IndexOf((byte)'\\') < 0)
                {
                    Append(output, "\"");
                    output.Write(name);
                    Append(output, "\"");
                }
                else WriteString(members[i].Name, output);

                Append(output, ":");
                Write(members[i].Value, output);
            }

            Append(output, "}");
        }
        finally
        {
            ArrayPool<JsonProperty>.Shared.Return(members, clearArray: true);
        }
    }

    private sealed class NameOrder : IComparer<JsonProperty>
    {
        public static readonly NameOrder Instance = new();

        public int Compare(JsonProperty a, JsonProperty b)
        {
            var x = JsonMarshal.GetRawUtf8PropertyName(a);
            var y = JsonMarshal.GetRawUtf8PropertyName(b);
            return Ascii.IsValid(x) && Ascii.IsValid(y) && x.IndexOf((byte)'\\') < 0 && y.IndexOf((byte)'\\') < 0
                ? x.SequenceCompareTo(y)
                : string.CompareOrdinal(a.Name, b.Name);
        }
    }

    /// <summary>A member name of the envelope: ASCII with nothing to escape.</summary>
    public static void WriteName(string name, IBufferWriter<byte> output)
    {
        WriteString(name, output);
        Append(output, ":");
    }

    public static void WriteInteger(long value, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(20);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    public static void WriteString(string value, IBufferWriter<byte> output)
    {
        // Most strings (ids, names, times) hold nothing to escape: written as they are.
        if (value.AsSpan().IndexOfAny(MustEscape) < 0)
        {
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length) + 2);
            span[0] = (byte)'"';
            var written = Encoding.UTF8.GetBytes(value, span[1..]);
            span[written + 1] = (byte)'"';
            output.Advance(written + 2);
            return;
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        Append(output, builder.Append('"').ToString());
    }

    private static readonly SearchValues<char> MustEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    public static void Append(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
