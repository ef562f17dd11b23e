namespace Deepnote.Application.Audit.Checkpoints;

/// <summary>A chain head that contradicts the chain's newest signed checkpoint (shorter, or another hash at the
/// checkpoint's position) is never signed: a newer checkpoint would hide the cut or rewrite it contradicts.</summary>
public sealed class CheckpointRefusedException(Guid chainId, string reason)
    : Exception($"The audit chain {chainId:D} was not signed: {reason}")
{
    public Guid ChainId { get; } = chainId;
}
