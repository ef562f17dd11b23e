namespace Deepnote.Domain.Access;

/// <summary>Levels of access to a project, each including the ones before it.</summary>
public enum ProjectAccess
{
    None = 0,
    /// <summary>Uses the project's published app only.</summary>
    AppUser = 1,
    View = 2,
    /// <summary>Runs saved blocks; never edits SQL.</summary>
    Execute = 3,
    Edit = 4,
    /// <summary>Edits, shares and deletes.</summary>
    FullAccess = 5,
}

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
