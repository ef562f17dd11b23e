using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Audit.Events.ListAuditEventTypes;

/// <summary>The event types a workspace's audit log can be filtered by, grouped by module, for the same people who may
/// read the log (its ADMINs and AUDITORs).</summary>
public sealed record ListAuditEventTypesQuery(WorkspaceId WorkspaceId)
    : IQuery<IReadOnlyList<AuditEventTypeGroup>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Auditor);
}
