using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>The project read model.</summary>
public interface IProjectReader
{
    Task<ProjectDto?> GetAsync(ProjectId project, ProjectAccess myAccess, CancellationToken ct);

    /// <summary>The live projects of a workspace the user can reach, with their effective level.</summary>
    Task<IReadOnlyList<ProjectDto>> ListAsync(WorkspaceId workspace, UserId user, CancellationToken ct);

    /// <summary>The projects a user is a guest of.</summary>
    Task<IReadOnlyList<ProjectDto>> ListGuestProjectsAsync(UserId user, CancellationToken ct);

    /// <summary>Live projects of a workspace that hold a share for this person.</summary>
    Task<IReadOnlyList<ProjectId>> ListSharedWithAsync(WorkspaceId workspace, UserId user, CancellationToken ct);

    Task<IReadOnlyList<ProjectBlockDto>> BlocksAsync(ProjectId project, CancellationToken ct);

    Task<IReadOnlyList<ProjectShareDto>> SharesAsync(ProjectId project, CancellationToken ct);
}
