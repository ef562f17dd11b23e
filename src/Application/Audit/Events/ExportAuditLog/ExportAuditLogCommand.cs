using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Audit.Events.ExportAuditLog;

/// <summary>Exports a workspace's audit log (<c>GET /audit/export</c>) for its ADMINs and AUDITORs; the export is
/// itself recorded as <c>AuditExported</c> first, and fails closed if that cannot be recorded.</summary>
/// <param name="ActorId">Only this person's events (the others in between become stubs, as with types).</param>
/// <param name="StreamId">Only this resource's events (a project's, a connection's, …).</param>
public sealed record ExportAuditLogCommand(WorkspaceId WorkspaceId, DateTimeOffset? From, DateTimeOffset? To,
    IReadOnlyList<string>? Types, string Format, Guid? ActorId = null, Guid? StreamId = null)
    : ICommand<AuditExport>, IAuthorizedRequest
{
    public static readonly IReadOnlyList<string> Formats = ["jsonl", "csv"];

    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Auditor);
}
