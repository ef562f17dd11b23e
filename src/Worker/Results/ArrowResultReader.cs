using System.Globalization;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Deepnote.Worker.Results;

/// <summary>Reads what <see cref="ArrowResultWriter"/> wrote back into JSON-ready rows.</summary>
public static class ArrowResultReader
{
    public static async Task<(IReadOnlyList<ResultColumn> Columns, List<object?[]> Rows)> ReadAsync(Stream input,
        CancellationToken ct)
    {
        using var reader = new ArrowStreamReader(input, leaveOpen: true);
        var rows = new List<object?[]>();
        RecordBatch? batch;
        while ((batch = await reader.ReadNextRecordBatchAsync(ct)) is not null)
        {
            using (batch)
            {
                // Column by column: one decision per column and batch, then a tight loop over its values.
                var kinds = Kinds(reader.Schema);
                var first = rows.Count;
                for (var r = 0; r < batch.Length; r++) rows.Add(new object?[kinds.Length]);
                for (var c = 0; c < kinds.Length; c++) Fill(rows, first, c, batch.Column(c), kinds[c]);
            }
        }

        var columns = reader.Schema.FieldsList.Select(f => new ResultColumn(f.Name,
            f.Metadata[ArrowResultWriter.TypeKey], Enum.Parse<ColumnKind>(f.Metadata[ArrowResultWriter.KindKey]))).ToList();
        return (columns, rows);
    }

    private static ColumnKind[] Kinds(Schema schema) =>
        schema.FieldsList.Select(f => Enum.Parse<ColumnKind>(f.Metadata[ArrowResultWriter.KindKey])).ToArray();

    private static void Fill(List<object?[]> rows, int first, int column, IArrowArray array, ColumnKind kind)
    {
        switch (kind)
        {
            case ColumnKind.Boolean:
                var booleans = (BooleanArray)array;
                for (var r = 0; r < booleans.Length; r++) rows[first + r][column] = booleans.GetValue(r);
                break;
            case ColumnKind.Integer:
                var integers = (Int64Array)array;
                for (var r = 0; r < integers.Length; r++) rows[first + r][column] = integers.GetValue(r);
                break;
            case ColumnKind.Double:
                var doubles = (DoubleArray)array;
                for (var r = 0; r < doubles.Length; r++)
                {
                    rows[first + r][column] = doubles.GetValue(r) is { } d
                        ? double.IsFinite(d) ? d : d.ToString(CultureInfo.InvariantCulture)
                        : null;
                }

                break;
            default:
                var strings = (StringArray)array;
                for (var r = 0; r < strings.Length; r++)
                {
                    rows[first + r][column] = strings.IsNull(r) ? null : kind switch
                    {
                        ColumnKind.Decimal => decimal.Parse(strings.GetBytes(r), NumberStyles.Float, CultureInfo.InvariantCulture),
                        ColumnKind.WideInteger => long.TryParse(strings.GetBytes(r), NumberStyles.Integer, CultureInfo.InvariantCulture,
                            out var fits) ? fits : strings.GetString(r),
                        ColumnKind.Any => Json(strings.GetString(r)),
                        _ => strings.GetString(r),
                    };
                }

                break;
        }
    }

    private static object? Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        var element = document.RootElement;
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when element.TryGetInt64(out var l) => l,
            JsonValueKind.Number when element.TryGetDecimal(out var m) => m,
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.Null => null,
            _ => element.GetRawText(),
        };
    }
}
