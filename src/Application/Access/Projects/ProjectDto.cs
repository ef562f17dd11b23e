using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Projects;

public sealed record ProjectDto(ProjectId Id, WorkspaceId WorkspaceId, string Name, ProjectAccess DefaultAccess,
    ProjectAccess MyAccess, DateTimeOffset CreatedAt, bool UseCache = true);
