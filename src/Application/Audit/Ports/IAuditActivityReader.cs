using Deepnote.Application.Audit.Contracts;

namespace Deepnote.Application.Audit.Ports;

public interface IAuditActivityReader
{
    /// <summary>The chain's counts from <paramref name="since"/> (UTC day) on, newest day first.</summary>
    Task<AuditActivityDto> ReadAsync(Guid chainId, DateOnly since, CancellationToken ct);
}
