using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Tokens;

public sealed class TokenRevokedException(ApiTokenId id)
    : DomainException("This API token is already revoked.", DomainErrorKind.Conflict)
{
    /// <summary>For the log; the message names no id.</summary>
    public ApiTokenId ApiTokenId { get; } = id;
}
