using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Contracts;

public sealed class EmailTakenException(string email)
    : DomainException($"A user with the address {email} already exists.", DomainErrorKind.Conflict);
