using Apache.Arrow;

namespace Deepnote.Worker.Results;

/// <summary>A result as received: its columns and its record batches (over the received bytes).</summary>
public sealed record ArrowResult(IReadOnlyList<ResultColumn> Columns, IReadOnlyList<RecordBatch> Batches)
{
    public int RowCount => Batches.Sum(b => b.Length);
}
