using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users;

public sealed class UserAlreadyActivatedException(UserId id)
    : DomainException($"User {id} has already set a password.", DomainErrorKind.Conflict);
