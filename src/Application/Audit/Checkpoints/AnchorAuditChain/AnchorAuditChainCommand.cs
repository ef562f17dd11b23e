using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Audit.Checkpoints.AnchorAuditChain;

/// <summary>Signs the workspace chain's head now, instead of at the next minute (an auditor about to export, say);
/// returns the newest checkpoint when the head has not moved since.</summary>
public sealed record AnchorAuditChainCommand(WorkspaceId WorkspaceId) : ICommand<AuditCheckpoint>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Auditor);
}
