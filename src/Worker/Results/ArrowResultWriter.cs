using System.Globalization;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace Deepnote.Worker.Results;

/// <summary>Writes a result as an Arrow IPC stream, in record batches of <see cref="BatchRows"/> rows; each column's
/// engine type and kind ride in its field's metadata.</summary>
public static class ArrowResultWriter
{
    public const int BatchRows = 4096;
    internal const string TypeKey = "deepnote.type";
    internal const string KindKey = "deepnote.kind";

    public static async Task WriteAsync(ResultTable table, Stream output, CancellationToken ct)
    {
        var schema = SchemaOf(table.Columns);
        using var writer = new ArrowStreamWriter(output, schema, leaveOpen: true);
        await writer.WriteStartAsync(ct);
        for (var start = 0; start < table.Rows.Count; start += BatchRows)
        {
            var count = Math.Min(BatchRows, table.Rows.Count - start);
            var arrays = new IArrowArray[table.Columns.Count];
            for (var c = 0; c < arrays.Length; c++) arrays[c] = Column(table, c, start, count);
            using var batch = new RecordBatch(schema, arrays, count);
            await writer.WriteRecordBatchAsync(batch, ct);
        }

        await writer.WriteEndAsync(ct);
    }

    private static Schema SchemaOf(IReadOnlyList<ResultColumn> columns)
    {
        var builder = new Schema.Builder();
        foreach (var column in columns)
        {
            builder.Field(f => f.Name(column.Name).Nullable(true).DataType(DataTypeOf(column.Kind))
                .Metadata(TypeKey, column.Type).Metadata(KindKey, column.Kind.ToString()));
        }

        return builder.Build();
    }

    private static IArrowType DataTypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Boolean => BooleanType.Default,
        ColumnKind.Integer => Int64Type.Default,
        ColumnKind.Double => DoubleType.Default,
        _ => StringType.Default,
    };

    private static IArrowArray Column(ResultTable table, int column, int start, int count)
    {
        var kind = table.Columns[column].Kind;
        switch (kind)
        {
            case ColumnKind.Boolean:
            {
                var builder = new BooleanArray.Builder().Reserve(count);
                for (var r = start; r < start + count; r++)
                {
                    if (table.Rows[r][column] is bool b) builder.Append(b);
                    else builder.AppendNull();
                }

                return builder.Build();
            }

            case ColumnKind.Integer:
            {
                var builder = new Int64Array.Builder().Reserve(count);
                for (var r = start; r < start + count; r++)
                {
                    switch (table.Rows[r][column])
                    {
                        case null: builder.AppendNull(); break;
                        case long l: builder.Append(l); break;
                        case int i: builder.Append(i); break;
                        case short s: builder.Append(s); break;
                        case var v: builder.Append(Convert.ToInt64(v, CultureInfo.InvariantCulture)); break;
                    }
                }

                return builder.Build();
            }

            case ColumnKind.Double:
            {
                var builder = new DoubleArray.Builder().Reserve(count);
                for (var r = start; r < start + count; r++)
                {
                    switch (table.Rows[r][column])
                    {
                        case null: builder.AppendNull(); break;
                        case double d: builder.Append(d); break;
                        case string s: builder.Append(double.Parse(s, CultureInfo.InvariantCulture)); break;
                        case var v: builder.Append(Convert.ToDouble(v, CultureInfo.InvariantCulture)); break;
                    }
                }

                return builder.Build();
            }

            default:
            {
                var builder = new StringArray.Builder().Reserve(count);
                Span<byte> utf8 = stackalloc byte[64];
                for (var r = start; r < start + count; r++)
                {
                    var value = table.Rows[r][column];
                    if (value is null) builder.AppendNull();
                    else if (kind != ColumnKind.Any && value is string text) builder.Append(text);
                    else if (value is decimal m && m.TryFormat(utf8, out var written, default, CultureInfo.InvariantCulture)) builder.Append(utf8[..written]);
                    else builder.Append(Text(kind, value));
                }

                return builder.Build();
            }
        }
    }

    private static string Text(ColumnKind kind, object value) => kind switch
    {
        ColumnKind.Any => JsonSerializer.Serialize(value),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
