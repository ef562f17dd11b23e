using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens;

/// <summary>Revokes a token at once: its owner, or an ADMIN of its workspace. The caller names the token's
/// workspace and owner (from <see cref="GetApiTokenQuery"/>); the handler checks they are the token's.</summary>
public sealed record RevokeApiTokenCommand(ApiTokenId TokenId, WorkspaceId WorkspaceId, UserId OwnerId)
    : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.OwnerOrRole(TokenId.Value, WorkspaceId, OwnerId, WorkspaceRole.Admin);
}

internal sealed class RevokeApiTokenCommandHandler(IEventStore events, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RevokeApiTokenCommand, bool>
{
    public async ValueTask<bool> Handle(RevokeApiTokenCommand command, CancellationToken ct)
    {
        var token = await events.AggregateStreamAsync<ApiToken>(command.TokenId.Value, ct);
        if (token is null || token.WorkspaceId != command.WorkspaceId || token.OwnerId != command.OwnerId)
        {
            throw new NotFoundException($"Token {command.TokenId} was not found.");
        }

        token.Revoke(actor.UserId ?? throw new UnauthenticatedException(), clock.GetUtcNow());
        await events.SaveAsync(token, ct);
        return true;
    }
}
