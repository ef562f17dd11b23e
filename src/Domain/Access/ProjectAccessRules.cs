namespace Deepnote.Domain.Access;

/// <summary>The one rule for a member's effective level on a project (docs/access-model.md).</summary>
public static class ProjectAccessRules
{
    /// <summary>A guest (no workspace role) has exactly their guest share, capped at EDIT; anyone else without a role
    /// (a stranger, a removed member) has nothing.</summary>
    public static ProjectAccess Effective(WorkspaceRole? role, ProjectAccess? shared, ProjectAccess workspaceDefault,
        bool guest = false)
    {
        if (role is null) return guest && shared is { } g ? Min(g, ProjectAccess.Edit) : ProjectAccess.None;
        return role.Value switch
        {
            WorkspaceRole.Admin => ProjectAccess.FullAccess,
            WorkspaceRole.Auditor => shared ?? ProjectAccess.None,
            WorkspaceRole.Viewer => Min(Max(shared, workspaceDefault), ProjectAccess.Execute),
            _ => Max(shared, workspaceDefault),
        };
    }

    private static ProjectAccess Max(ProjectAccess? a, ProjectAccess b) => a is { } x && x > b ? x : b;

    private static ProjectAccess Min(ProjectAccess a, ProjectAccess b) => a < b ? a : b;
}
