using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

public sealed class NotAMemberException(UserId user)
    : DomainException("This person is not a member of this workspace.", DomainErrorKind.NotFound)
{
    /// <summary>For the log; the message names no id.</summary>
    public UserId UserId { get; } = user;
}
