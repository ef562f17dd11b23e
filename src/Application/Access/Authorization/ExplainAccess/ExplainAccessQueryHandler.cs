using System.Text.RegularExpressions;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Authorization.ExplainAccess;

internal sealed class ExplainAccessQueryHandler(IAuthorizationPolicy policy, IAccessFacts facts, ICurrentActor actor)
    : IQueryHandler<ExplainAccessQuery, AccessExplanation>
{
    public async ValueTask<AccessExplanation> Handle(ExplainAccessQuery query, CancellationToken ct)
    {
        var (requirement, layer) = query.Action switch
        {
            "VIEW_PROJECT" => (AccessRequirement.OnProject(new ProjectId(query.ResourceId), ProjectAccess.View), "PROJECT"),
            "RUN_BLOCK" => (AccessRequirement.OnProject(new ProjectId(query.ResourceId), ProjectAccess.Execute), "PROJECT"),
            "EDIT_SQL" => (AccessRequirement.OnProject(new ProjectId(query.ResourceId), ProjectAccess.Edit), "PROJECT"),
            "SHARE_PROJECT" => (AccessRequirement.OnProject(new ProjectId(query.ResourceId), ProjectAccess.FullAccess), "PROJECT"),
            "USE_CONNECTION" => (AccessRequirement.OnConnection(new ConnectionId(query.ResourceId), ConnectionUse.Use), "GRANT"),
            "VIEW_CONNECTION" => (AccessRequirement.OnConnection(new ConnectionId(query.ResourceId), ConnectionUse.View), "GRANT"),
            "MANAGE_CONNECTION" => (AccessRequirement.OnConnection(new ConnectionId(query.ResourceId), ConnectionUse.Manage), "ROLE"),
            "READ_AUDIT_LOG" => (AccessRequirement.WorkspaceRole(new WorkspaceId(query.ResourceId), WorkspaceRole.Admin, WorkspaceRole.Auditor), "ROLE"),
            "MANAGE_MEMBERS" => (AccessRequirement.WorkspaceRole(new WorkspaceId(query.ResourceId), WorkspaceRole.Admin), "ROLE"),
            _ => (AccessRequirement.WorkspaceRole(new WorkspaceId(query.ResourceId), WorkspaceRole.Admin, WorkspaceRole.Editor), "ROLE"),
        };

        var decision = await policy.DecideForAsync(query.UserId, requirement, ct);
        WorkspaceRole? role = decision.AuditWorkspace is { } workspace
            ? await facts.GetRoleAsync(new WorkspaceId(workspace), query.UserId, ct)
            : null;
        var project = requirement is ProjectRequirement p
            ? (await facts.GetProjectAccessAsync(p.Project, query.UserId, ct))?.Effective
            : null;
        if (role is null && decision.Outcome != DecisionOutcome.Allowed) layer = "ROLE"; // not even a member
        else if (layer == "PROJECT" && role == WorkspaceRole.Viewer && decision.Reason.Contains("capped")) layer = "ROLE";
        var why = decision.Outcome == DecisionOutcome.NotFound ? Hidden(requirement, role) : decision.Reason;
        // The policy speaks to the asker ("your access"); here an ADMIN asks about someone else.
        if (query.UserId != actor.UserId) why = Regex.Replace(why, @"\byour\b", "their");
        var reason = (decision.Allowed ? "Allowed: " : "Denied: ") + why.TrimEnd('.') + ".";
        return new AccessExplanation(decision.Allowed, layer, reason, role, project);
    }

    /// <summary>What the person cannot see, said plainly: the policy's own answer to them is "not found" (it names
    /// nothing to outsiders), which told the ADMIN asking nothing.</summary>
    private static string Hidden(AccessRequirement requirement, WorkspaceRole? role) => (requirement, role) switch
    {
        (_, null) => "they are not a member of this workspace",
        (ProjectRequirement, _) => "the project is not shared with them and its access for members is NONE, so they cannot see it",
        (ConnectionRequirement, _) => "they cannot see this connection",
        _ => "they cannot see this",
    };
}
