using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Identity.ApiTokens.CreateApiToken;
using Deepnote.Application.Identity.ApiTokens.ListApiTokens;

namespace Deepnote.Application.Identity.ApiTokens.RevokeApiToken;

/// <summary>Revokes a token at once: its owner, or an ADMIN of its workspace.</summary>
public sealed record RevokeApiTokenCommand(ApiTokenId TokenId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnApiToken(TokenId);
}
