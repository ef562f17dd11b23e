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
                var kinds = Kinds(reader.Schema);
                for (var r = 0; r < batch.Length; r++)
                {
                    var row = new object?[kinds.Length];
                    for (var c = 0; c < row.Length; c++) row[c] = Value(batch.Column(c), kinds[c], r);
                    rows.Add(row);
                }
            }
        }

        var columns = reader.Schema.FieldsList.Select(f => new ResultColumn(f.Name,
            f.Metadata[ArrowResultWriter.TypeKey], Enum.Parse<ColumnKind>(f.Metadata[ArrowResultWriter.KindKey]))).ToList();
        return (columns, rows);
    }

    private static ColumnKind[] Kinds(Schema schema) =>
        schema.FieldsList.Select(f => Enum.Parse<ColumnKind>(f.Metadata[ArrowResultWriter.KindKey])).ToArray();

    private static object? Value(IArrowArray array, ColumnKind kind, int row)
    {
        if (array.IsNull(row)) return null;
        return kind switch
        {
            ColumnKind.Boolean => ((BooleanArray)array).GetValue(row),
            ColumnKind.Integer => ((Int64Array)array).GetValue(row),
            ColumnKind.Double => ((DoubleArray)array).GetValue(row) is { } d && double.IsFinite(d)
                ? d : ((DoubleArray)array).GetValue(row)!.Value.ToString(CultureInfo.InvariantCulture),
            ColumnKind.Decimal => decimal.Parse(((StringArray)array).GetString(row), NumberStyles.Float, CultureInfo.InvariantCulture),
            ColumnKind.WideInteger => long.TryParse(((StringArray)array).GetString(row), NumberStyles.Integer,
                CultureInfo.InvariantCulture, out var fits) ? fits : ((StringArray)array).GetString(row),
            ColumnKind.Any => Json(((StringArray)array).GetString(row)),
            _ => ((StringArray)array).GetString(row),
        };
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
