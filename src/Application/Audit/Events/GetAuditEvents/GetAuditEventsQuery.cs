using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Audit.Events.GetAuditEvents;

/// <summary>A workspace's audit log, newest first, for its ADMINs and AUDITORs.</summary>
public sealed record GetAuditEventsQuery(WorkspaceId WorkspaceId, AuditFilter Filter, int? First, string? After)
    : IQuery<Page<AuditEventDto>>, IAuthorizedRequest
{
    public const string CursorKind = "seq";
    public const int MaxTypes = 50;

    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Auditor);
}
