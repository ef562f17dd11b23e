using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

public sealed class AlreadyMemberException(UserId user)
    : DomainException($"User {user} is already a member of this workspace.", DomainErrorKind.Conflict);
