using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users;

public sealed class UserAlreadyActivatedException(UserId id)
    : DomainException("This account has already set a password.", DomainErrorKind.Conflict)
{
    /// <summary>For the log; the message names no id.</summary>
    public UserId UserId { get; } = id;
}
