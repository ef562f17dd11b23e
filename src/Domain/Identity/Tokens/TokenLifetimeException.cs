using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Tokens;

public sealed class TokenLifetimeException()
    : DomainException($"A token must expire within 1 to {ApiToken.MaxLifetimeDays} days.", DomainErrorKind.Invalid);
