using System.Buffers;
using System.Globalization;
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
                Append(output, "{");
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first) Append(output, ",");
                    first = false;
                    WriteString(property.Name, output);
                    Append(output, ":");
                    Write(property.Value, output);
                }

                Append(output, "}");
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
                WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number:
                if (!element.TryGetInt64(out var integer))
                {
                    throw new InvalidOperationException("Events may hold integers only; write other numbers as strings.");
                }

                Append(output, integer.ToString(CultureInfo.InvariantCulture));
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

    private static void WriteString(string value, IBufferWriter<byte> output)
    {
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

    private static void Append(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
