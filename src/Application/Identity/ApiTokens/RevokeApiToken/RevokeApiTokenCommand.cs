using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens.RevokeApiToken;

/// <summary>Revokes a token at once: its owner, or an ADMIN of its workspace.</summary>
public sealed record RevokeApiTokenCommand(ApiTokenId TokenId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnApiToken(TokenId);
}
