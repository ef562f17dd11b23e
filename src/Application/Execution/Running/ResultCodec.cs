using System.Buffers;
using System.Text.Json;
using Deepnote.Application.Abstractions;

namespace Deepnote.Application.Execution.Running;

/// <summary>A result as bytes for the encrypted cache: UTF-8 JSON <c>{ "c": [[name, type]...], "r": [[...]...], "t": truncated }</c>.</summary>
public static class ResultCodec
{
    public static byte[] Encode(QueryResult result)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(int.MaxValue, result.Bytes + 1024));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("c");
            foreach (var column in result.Columns)
            {
                json.WriteStartArray();
                json.WriteStringValue(column.Name);
                json.WriteStringValue(column.Type);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WritePropertyName("r");
            WriteRows(json, result.Rows, 0, result.Rows.Count);
            json.WriteBoolean("t", result.Truncated);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static QueryResult Decode(ReadOnlySpan<byte> bytes, double durationMs)
    {
        var reader = new Utf8JsonReader(bytes);
        var columns = new List<QueryColumn>();
        var rows = new List<object?[]>();
        var truncated = false;
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "c":
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                    {
                        reader.Read();
                        var column = reader.GetString()!;
                        reader.Read();
                        columns.Add(new QueryColumn(column, reader.GetString()!));
                        reader.Read(); // ]
                    }

                    break;
                case "r":
                    var row = new List<object?>(columns.Count);
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                    {
                        row.Clear();
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) row.Add(ReadValue(ref reader));
                        rows.Add(row.ToArray());
                    }

                    break;
                case "t":
                    truncated = reader.GetBoolean();
                    break;
            }
        }

        return new QueryResult(columns, rows, truncated, bytes.Length, durationMs);
    }

    /// <summary>Rows <paramref name="offset"/>.. as a JSON array of arrays (also how a page of rows is answered).</summary>
    public static void WriteRows(Utf8JsonWriter json, IReadOnlyList<object?[]> rows, int offset, int count)
    {
        if (rows is IJsonRows columnar)
        {
            columnar.WriteRows(json, offset, count);
            return;
        }

        json.WriteStartArray();
        var end = Math.Min(rows.Count, offset + count);
        for (var i = offset; i < end; i++)
        {
            json.WriteStartArray();
            foreach (var value in rows[i]) WriteValue(json, value);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case short s16: json.WriteNumberValue(s16); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case decimal m: json.WriteNumberValue(m); break;
            default: json.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number when reader.TryGetInt64(out var l) => l,
        JsonTokenType.Number when reader.TryGetDecimal(out var m) => m,
        JsonTokenType.Number => reader.GetDouble(),
        _ => throw new JsonException("Unexpected value in a cached result."),
    };
}
