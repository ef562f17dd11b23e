namespace Deepnote.Application.Audit.Contracts;

/// <summary>How many events of one type a workspace's log received on one day (UTC).</summary>
public sealed record AuditActivityCount(DateOnly Day, string Type, long Events);
