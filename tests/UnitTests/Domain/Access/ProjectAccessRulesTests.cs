using Deepnote.Domain.Access;

namespace Deepnote.UnitTests.Domain.Access;

/// <summary>The table of docs/access-model.md, row by row.</summary>
public sealed class ProjectAccessRulesTests
{
    [Theory]
    [InlineData(WorkspaceRole.Admin, null, ProjectAccess.None, ProjectAccess.FullAccess)]
    [InlineData(WorkspaceRole.Editor, null, ProjectAccess.View, ProjectAccess.View)]
    [InlineData(WorkspaceRole.Editor, ProjectAccess.Edit, ProjectAccess.View, ProjectAccess.Edit)]
    [InlineData(WorkspaceRole.Editor, ProjectAccess.AppUser, ProjectAccess.Edit, ProjectAccess.Edit)]
    [InlineData(WorkspaceRole.Editor, null, ProjectAccess.None, ProjectAccess.None)]
    [InlineData(WorkspaceRole.Viewer, ProjectAccess.FullAccess, ProjectAccess.View, ProjectAccess.Execute)]
    [InlineData(WorkspaceRole.Viewer, null, ProjectAccess.Edit, ProjectAccess.Execute)]
    [InlineData(WorkspaceRole.Viewer, null, ProjectAccess.AppUser, ProjectAccess.AppUser)]
    [InlineData(WorkspaceRole.Auditor, null, ProjectAccess.Edit, ProjectAccess.None)]
    [InlineData(WorkspaceRole.Auditor, ProjectAccess.View, ProjectAccess.Edit, ProjectAccess.View)]
    [InlineData(null, ProjectAccess.FullAccess, ProjectAccess.Edit, ProjectAccess.None)]
    public void Effective_CombinesRoleShareAndDefault(WorkspaceRole? role, ProjectAccess? shared, ProjectAccess workspaceDefault,
        ProjectAccess expected) =>
        Assert.Equal(expected, ProjectAccessRules.Effective(role, shared, workspaceDefault));

    [Theory]
    [InlineData(ProjectAccess.Execute, ProjectAccess.Execute)]
    [InlineData(ProjectAccess.FullAccess, ProjectAccess.Edit)]
    public void Effective_ForAGuest_IsTheirGuestShareCappedAtEdit(ProjectAccess shared, ProjectAccess expected) =>
        Assert.Equal(expected, ProjectAccessRules.Effective(null, shared, ProjectAccess.Edit, guest: true));
}
