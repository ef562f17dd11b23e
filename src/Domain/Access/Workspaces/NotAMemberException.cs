using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

public sealed class NotAMemberException(UserId user)
    : DomainException($"User {user} is not a member of this workspace.", DomainErrorKind.NotFound);
