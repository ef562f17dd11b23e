using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

public sealed class AlreadyMemberException(UserId user)
    : DomainException("This person is already a member of this workspace.", DomainErrorKind.Conflict)
{
    /// <summary>For the log; the message names no id.</summary>
    public UserId UserId { get; } = user;
}
