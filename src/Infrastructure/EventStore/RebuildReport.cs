namespace Deepnote.Infrastructure.EventStore;

/// <summary>What a rebuild replayed, and for each read-model table how many rows differ between the live table and
/// its rebuilt copy, both read in one snapshot. An async table may differ while the daemon catches up.</summary>
public sealed record RebuildReport(long Replayed, IReadOnlyList<TableDifference> Tables)
{
    public bool InlineTablesEqual => Tables.All(t => t.Async || t.Rows == 0);
}
