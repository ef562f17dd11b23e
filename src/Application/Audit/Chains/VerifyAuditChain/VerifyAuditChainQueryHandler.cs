using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Mediator;

namespace Deepnote.Application.Audit.Chains.VerifyAuditChain;

internal sealed class VerifyAuditChainQueryHandler(IAuditLog auditLog)
    : IQueryHandler<VerifyAuditChainQuery, ChainVerification>
{
    public async ValueTask<ChainVerification> Handle(VerifyAuditChainQuery query, CancellationToken ct) =>
        await auditLog.VerifyAsync(query.WorkspaceId.Value, ct);
}
