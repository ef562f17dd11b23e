using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Audit.Chains.VerifyAuditChain;

public sealed record VerifyAuditChainQuery(WorkspaceId WorkspaceId) : IQuery<ChainVerification>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Auditor);
}
