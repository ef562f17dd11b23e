using System.Globalization;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Deepnote.Worker.Results;

/// <summary>Reads what <see cref="ArrowResultWriter"/> wrote: the batches stay columnar, over the very bytes received
/// (no copy, no boxing); <see cref="At"/> gives back one JSON-ready value when someone asks for it.</summary>
public static class ArrowResultReader
{
    public static ArrowResult Read(ReadOnlyMemory<byte> stream)
    {
        using var reader = new ArrowStreamReader(stream);
        var batches = new List<RecordBatch>();
        while (reader.ReadNextRecordBatch() is { } batch) batches.Add(batch);
        var columns = reader.Schema.FieldsList.Select(f => new ResultColumn(f.Name,
            f.Metadata[ArrowResultWriter.TypeKey], Enum.Parse<ColumnKind>(f.Metadata[ArrowResultWriter.KindKey]))).ToList();
        return new ArrowResult(columns, batches);
    }

    /// <summary>The JSON-ready value at <paramref name="row"/>: exactly what the engine's <see cref="ResultValues.ToJson"/>
    /// made of it.</summary>
    public static object? At(IArrowArray array, ColumnKind kind, int row)
    {
        if (array.IsNull(row)) return null;
        return kind switch
        {
            ColumnKind.Boolean => ((BooleanArray)array).GetValue(row),
            ColumnKind.Integer => ((Int64Array)array).GetValue(row),
            ColumnKind.Double => ((DoubleArray)array).GetValue(row) is { } d && double.IsFinite(d)
                ? d : ((DoubleArray)array).GetValue(row)!.Value.ToString(CultureInfo.InvariantCulture),
            ColumnKind.Decimal => decimal.Parse(((StringArray)array).GetBytes(row), NumberStyles.Float, CultureInfo.InvariantCulture),
            ColumnKind.WideInteger => long.TryParse(((StringArray)array).GetBytes(row), NumberStyles.Integer,
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
