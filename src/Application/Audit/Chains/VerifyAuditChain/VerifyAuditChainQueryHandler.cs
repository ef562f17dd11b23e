using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Mediator;

namespace Deepnote.Application.Audit.Chains.VerifyAuditChain;

/// <summary>Checks the chain against the newest checkpoint in the sink: its signature first, then the chain's hash
/// at its position. Without a checkpoint every event is reported as not yet anchored.</summary>
internal sealed class VerifyAuditChainQueryHandler(IAuditLog auditLog, ICheckpointSink sink, ICheckpointSigner signer)
    : IQueryHandler<VerifyAuditChainQuery, ChainVerification>
{
    public async ValueTask<ChainVerification> Handle(VerifyAuditChainQuery query, CancellationToken ct)
    {
        var checkpoint = await sink.LatestAsync(query.WorkspaceId.Value, ct);
        var signatureValid = checkpoint is not null && await IsSignedAsync(checkpoint, ct);
        return await auditLog.VerifyAsync(query.WorkspaceId.Value, checkpoint, signatureValid, ct);
    }

    private async Task<bool> IsSignedAsync(AuditCheckpoint checkpoint, CancellationToken ct)
    {
        var signature = new byte[checkpoint.Signature.Length];
        return checkpoint.Algorithm == AuditCheckpoint.EcdsaP256Sha256 && checkpoint.KeyId == signer.KeyId
            && Convert.TryFromBase64String(checkpoint.Signature, signature, out var length)
            && await signer.VerifyAsync(checkpoint.Message(), signature[..length], ct);
    }
}
