using System.Collections;
using System.Globalization;
using System.Text.Json;
using Apache.Arrow;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Running;
using Deepnote.Worker.Results;

namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>A worker's result kept as the Arrow batches it arrived in: nothing is decoded when it arrives; a page is
/// written to JSON straight from the typed columns (<see cref="IJsonRows"/>), and a row is made only when someone
/// indexes it (the cache codec, say).</summary>
public sealed class ArrowRows : IReadOnlyList<object?[]>, IJsonRows, IMeasuredRows
{
    private readonly IReadOnlyList<RecordBatch> _batches;
    private readonly ColumnKind[] _kinds;
    private readonly int[] _starts;

    public ArrowRows(ArrowResult result)
    {
        _batches = result.Batches;
        _kinds = result.Columns.Select(c => c.Kind).ToArray();
        _starts = new int[_batches.Count];
        var start = 0;
        for (var b = 0; b < _batches.Count; b++)
        {
            _starts[b] = start;
            start += _batches[b].Length;
        }

        Count = start;
        MemoryBytes = _batches.Sum(b => Enumerable.Range(0, b.ColumnCount).Sum(c => Size(((Apache.Arrow.Array)b.Column(c)).Data)));
    }

    public int Count { get; }

    /// <summary>The bytes of every Arrow buffer held (validity, offsets, values, children).</summary>
    public long MemoryBytes { get; }

    public object?[] this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var b = Batch(index);
            var row = new object?[_kinds.Length];
            for (var c = 0; c < row.Length; c++) row[c] = ArrowResultReader.At(_batches[b].Column(c), _kinds[c], index - _starts[b]);
            return row;
        }
    }

    public void WriteRows(Utf8JsonWriter json, int offset, int count)
    {
        json.WriteStartArray();
        var end = Math.Min(Count, offset + count);
        for (var b = offset < Count ? Batch(offset) : _batches.Count; b < _batches.Count && _starts[b] < end; b++)
        {
            var batch = _batches[b];
            var first = Math.Max(offset - _starts[b], 0);
            var last = Math.Min(end - _starts[b], batch.Length);
            for (var r = first; r < last; r++)
            {
                json.WriteStartArray();
                for (var c = 0; c < _kinds.Length; c++) Write(json, batch.Column(c), _kinds[c], r);
                json.WriteEndArray();
            }
        }

        json.WriteEndArray();
    }

    /// <summary>The same JSON <see cref="ResultCodec.WriteValue"/> writes for the value <see cref="ArrowResultReader.At"/>
    /// gives, without making it.</summary>
    private static void Write(Utf8JsonWriter json, IArrowArray array, ColumnKind kind, int row)
    {
        if (array.IsNull(row))
        {
            json.WriteNullValue();
            return;
        }

        switch (kind)
        {
            case ColumnKind.Boolean: json.WriteBooleanValue(((BooleanArray)array).GetValue(row)!.Value); break;
            case ColumnKind.Integer: json.WriteNumberValue(((Int64Array)array).GetValue(row)!.Value); break;
            case ColumnKind.Text: json.WriteStringValue(((StringArray)array).GetBytes(row)); break;
            case ColumnKind.Decimal:
                json.WriteNumberValue(decimal.Parse(((StringArray)array).GetBytes(row), NumberStyles.Float, CultureInfo.InvariantCulture));
                break;
            default: ResultCodec.WriteValue(json, ArrowResultReader.At(array, kind, row)); break;
        }
    }

    private static long Size(ArrayData data) =>
        (data.Buffers?.Sum(b => (long)b.Length) ?? 0) + (data.Children?.Sum(Size) ?? 0)
        + (data.Dictionary is { } d ? Size(d) : 0);

    /// <summary>The batch holding row <paramref name="index"/>.</summary>
    private int Batch(int index)
    {
        var found = System.Array.BinarySearch(_starts, index);
        return found >= 0 ? found : ~found - 1;
    }

    public IEnumerator<object?[]> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
