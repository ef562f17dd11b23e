using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common;

namespace Deepnote.Application.Audit.Ports;

/// <summary>The queryable view of the event log.</summary>
public interface IAuditLog
{
    /// <summary>Events of one chain, newest first, strictly older than <paramref name="beforeSequence"/>.</summary>
    Task<Page<AuditEventDto>> QueryAsync(Guid chainId, AuditFilter filter, long? beforeSequence, int size,
        CancellationToken ct);

    /// <summary>Recomputes the chain's hashes from its first event and compares them with the stored ones, and with
    /// <paramref name="checkpoint"/> (the newest signed one; null when none) at its position.</summary>
    Task<ChainVerification> VerifyAsync(Guid chainId, AuditCheckpoint? checkpoint, bool signatureValid, CancellationToken ct);
}
