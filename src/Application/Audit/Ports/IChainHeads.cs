using Deepnote.Application.Audit.Contracts;

namespace Deepnote.Application.Audit.Ports;

/// <summary>The chains' heads, and which of them moved since they were last signed.</summary>
public interface IChainHeads
{
    Task<ChainHead?> GetAsync(Guid chainId, CancellationToken ct);

    /// <summary>Heads that moved (on, back, or rewritten in place) since they were last signed, at most <paramref name="max"/>, least recently signed first.</summary>
    Task<IReadOnlyList<ChainHead>> UnsignedAsync(int max, CancellationToken ct);

    /// <summary>The stored hash of the chain's event at <paramref name="position"/>; null when there is none.</summary>
    Task<string?> HashAtAsync(Guid chainId, long position, CancellationToken ct);

    Task MarkSignedAsync(ChainHead head, CancellationToken ct);

    /// <summary>Sends a chain that could not be signed to the back of the job's queue, so that it keeps being
    /// reported without holding back the others.</summary>
    Task DeferAsync(Guid chainId, CancellationToken ct);
}
