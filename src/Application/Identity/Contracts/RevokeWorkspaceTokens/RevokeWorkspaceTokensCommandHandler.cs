using Deepnote.Application.Abstractions;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Tokens;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RevokeWorkspaceTokens;

internal sealed class RevokeWorkspaceTokensCommandHandler(IEventStore events, IApiTokenStore tokens, TimeProvider clock)
    : ICommandHandler<RevokeWorkspaceTokensCommand, int>
{
    public async ValueTask<int> Handle(RevokeWorkspaceTokensCommand command, CancellationToken ct)
    {
        var ids = await tokens.ListUnrevokedAsync(command.WorkspaceId, command.Owner, ct);
        foreach (var id in ids)
        {
            var token = await events.AggregateStreamAsync<ApiToken>(id.Value, ct)
                ?? throw new InvalidOperationException($"Token {id} has no stream.");
            token.Revoke(command.RevokedBy, clock.GetUtcNow());
            await events.SaveAsync(token, ct);
        }

        return ids.Count;
    }
}
