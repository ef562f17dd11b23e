using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Tokens;

public sealed class TokenRevokedException(ApiTokenId id)
    : DomainException($"Token {id} is already revoked.", DomainErrorKind.Conflict);
