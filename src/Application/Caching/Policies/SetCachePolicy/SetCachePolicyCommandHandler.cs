using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Domain.Caching;
using Mediator;

namespace Deepnote.Application.Caching.Policies.SetCachePolicy;

internal sealed class SetCachePolicyCommandHandler(IEventStore events, ISender sender, Ports.IResultCacheStore store,
    ExecutionLimits limits, TimeProvider clock) : ICommandHandler<SetCachePolicyCommand, bool>
{
    public async ValueTask<bool> Handle(SetCachePolicyCommand command, CancellationToken ct)
    {
        var connection = await sender.Send(new GetConnectionProfileQuery(command.ConnectionId), ct);
        var policy = await events.AggregateStreamAsync<CachePolicy>(CachePolicy.StreamFor(command.ConnectionId), ct)
            ?? new CachePolicy();
        var workspace = await sender.Send(new GetWorkspaceQuerySettingsQuery(connection.WorkspaceId), ct);
        var changed = policy.Set(command.ConnectionId, connection.WorkspaceId, command.Mode, command.TtlSeconds,
            workspace.CacheTtlCap(limits), clock.GetUtcNow());
        await events.SaveAsync(policy, ct);
        if (changed && command.Mode == CachePolicyMode.Off) await store.RemoveConnectionAsync(command.ConnectionId, ct);
        return changed;
    }
}
