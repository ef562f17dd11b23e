using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Audit.Events.GetAuditEvent;

/// <summary>One event of a workspace's log by its sequence number (a deep link); null when the workspace's log has no
/// event with it (another workspace's event included). ADMIN and AUDITOR.</summary>
public sealed record GetAuditEventQuery(WorkspaceId WorkspaceId, long Sequence) : IQuery<AuditEventDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Auditor);
}
