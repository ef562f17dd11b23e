using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

public sealed class LastAdminException(WorkspaceId workspace)
    : DomainException($"Workspace {workspace} must keep at least one ADMIN.", DomainErrorKind.Conflict);
