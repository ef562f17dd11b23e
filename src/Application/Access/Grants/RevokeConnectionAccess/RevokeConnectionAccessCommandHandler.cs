using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Execution.Contracts.RecheckResults;
using Deepnote.Application.Vault.Contracts.ForgetPersonalCredentials;
using Mediator;

namespace Deepnote.Application.Access.Grants.RevokeConnectionAccess;

/// <summary>Revoking also drops the connection's cached results, so nothing filled while the grant stood outlives it,
/// and the member's runs on it (cancelled, rows dropped), and destroys the database credentials of their own they
/// entered on it (a per-person connection): access given again starts from nothing.</summary>
internal sealed class RevokeConnectionAccessCommandHandler(IEventStore events, IAccessFacts facts,
    ICurrentActor actor, ISender sender, TimeProvider clock) : ICommandHandler<RevokeConnectionAccessCommand, bool>
{
    public async ValueTask<bool> Handle(RevokeConnectionAccessCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadForConnectionAsync(facts, command.ConnectionId, ct);
        var revoked = workspace.RevokeConnectionAccess(command.ConnectionId, command.UserId,
            actor.RequireUser(), clock.GetUtcNow());
        if (!revoked) return false;

        await events.SaveAsync(workspace, ct);
        await sender.Send(new InvalidateConnectionCacheCommand(command.ConnectionId, workspace.Id, "a grant was revoked"), ct);
        await sender.Send(new RecheckResultsCommand(workspace.Id, command.UserId), ct);
        await sender.Send(new ForgetPersonalCredentialsCommand(command.UserId, command.ConnectionId), ct);
        return true;
    }
}
