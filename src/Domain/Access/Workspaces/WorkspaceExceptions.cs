using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

public sealed class LastAdminException(WorkspaceId workspace)
    : DomainException($"Workspace {workspace} must keep at least one ADMIN.", DomainErrorKind.Conflict);

public sealed class AlreadyMemberException(UserId user)
    : DomainException($"User {user} is already a member of this workspace.", DomainErrorKind.Conflict);

public sealed class NotAMemberException(UserId user)
    : DomainException($"User {user} is not a member of this workspace.", DomainErrorKind.NotFound);
