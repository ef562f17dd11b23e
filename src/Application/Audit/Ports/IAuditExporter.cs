using Deepnote.Application.Audit.Contracts;

namespace Deepnote.Application.Audit.Ports;

/// <summary>Streams a chain's events for an export, with flat memory however long the chain.</summary>
public interface IAuditExporter
{
    /// <summary>The chain's events from the first recorded at or after <c>filter.From</c> to the last recorded at or
    /// before <c>filter.To</c>, never past <paramref name="upToPosition"/>, in chain order; events outside the
    /// filter's types or times come as stubs.</summary>
    IAsyncEnumerable<ExportedEvent> ReadAsync(Guid chainId, AuditFilter filter, long upToPosition, CancellationToken ct);
}
