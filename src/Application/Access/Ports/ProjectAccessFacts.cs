using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>What decides a user's level on a live project: its workspace, the user's role there, their share and
/// the project's default.</summary>
public sealed record ProjectAccessFacts(WorkspaceId Workspace, WorkspaceRole? Role, ProjectAccess? Shared,
    ProjectAccess Default, bool Guest = false)
{
    public ProjectAccess Effective => ProjectAccessRules.Effective(Role, Shared, Default, Guest);
}
