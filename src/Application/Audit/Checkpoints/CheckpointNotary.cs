using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Common;

namespace Deepnote.Application.Audit.Checkpoints;

/// <summary>Signs a chain head and appends the checkpoint to the sink outside the database. A head that moved
/// backwards, or a chain that no longer has the newest checkpoint's hash at its position, is refused: checkpoints
/// only ever extend what was signed before.</summary>
internal sealed class CheckpointNotary(ICheckpointSigner signer, ICheckpointSink sink, IChainHeads heads, TimeProvider clock)
{
    public async Task<AuditCheckpoint> SignAsync(ChainHead head, CancellationToken ct)
    {
        if (await sink.LatestAsync(head.ChainId, ct) is { } latest)
        {
            if (head.Position < latest.Position)
            {
                throw new CheckpointRefusedException(head.ChainId,
                    $"its head is at position {head.Position}, before the signed checkpoint at {latest.Position}.");
            }

            if (await heads.HashAtAsync(head.ChainId, latest.Position, ct) != latest.Hash)
            {
                throw new CheckpointRefusedException(head.ChainId,
                    $"it disagrees with its signed checkpoint at position {latest.Position}.");
            }

            // Unmoved and signed with today's key: nothing to add. After a key change the same head is signed anew.
            if (head.Position == latest.Position && latest.KeyId == signer.KeyId)
            {
                await heads.MarkSignedAsync(head, ct);
                return latest;
            }
        }

        var signedAt = MicrosecondTime.Truncate(clock.GetUtcNow());
        var signature = await signer.SignAsync(AuditCheckpoint.Message(head.ChainId, head.Position, head.Hash, signedAt), ct);
        var checkpoint = new AuditCheckpoint(head.ChainId, head.Position, head.Hash, signedAt, signer.KeyId,
            AuditCheckpoint.EcdsaP256Sha256, Convert.ToBase64String(signature));
        await sink.AppendAsync(checkpoint, ct);
        await heads.MarkSignedAsync(head, ct);
        return checkpoint;
    }
}
