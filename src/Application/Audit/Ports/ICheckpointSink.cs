using Deepnote.Application.Audit.Contracts;

namespace Deepnote.Application.Audit.Ports;

/// <summary>The append-only place outside PostgreSQL where signed checkpoints are kept (a directory for now).
/// Unreachable or unreadable: <see cref="Common.DependencyUnavailableException"/>.</summary>
public interface ICheckpointSink
{
    Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken ct);

    /// <summary>The chain's newest checkpoint; null when none was written.</summary>
    Task<AuditCheckpoint?> LatestAsync(Guid chainId, CancellationToken ct);

    /// <summary>Every checkpoint of the chain, oldest first, streamed.</summary>
    IAsyncEnumerable<AuditCheckpoint> ReadAsync(Guid chainId, CancellationToken ct);
}
