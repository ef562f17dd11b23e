using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Audit.Events.GetAuditActivity;

/// <summary>How many events of each type a workspace's log received per day over the last <see cref="Days"/> days,
/// for its ADMINs and AUDITORs.</summary>
public sealed record GetAuditActivityQuery(WorkspaceId WorkspaceId, int Days) : IQuery<AuditActivityDto>, IAuthorizedRequest
{
    public const int MaxDays = 366;

    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Auditor);
}
