namespace Deepnote.Infrastructure.EventStore;

/// <summary>Rows found in only one of the live and the rebuilt table, both ways, duplicates counted.</summary>
public sealed record TableDifference(string Table, long Rows, bool Async);
