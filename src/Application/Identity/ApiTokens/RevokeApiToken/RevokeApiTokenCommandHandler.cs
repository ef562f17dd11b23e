using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Domain.Identity.Tokens;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens.RevokeApiToken;

internal sealed class RevokeApiTokenCommandHandler(IEventStore events, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RevokeApiTokenCommand, bool>
{
    public async ValueTask<bool> Handle(RevokeApiTokenCommand command, CancellationToken ct)
    {
        var token = await events.AggregateStreamAsync<ApiToken>(command.TokenId.Value, ct)
            ?? throw new NotFoundException("This API token was not found.");
        token.Revoke(actor.RequireUser(), clock.GetUtcNow());
        await events.SaveAsync(token, ct);
        return true;
    }
}
