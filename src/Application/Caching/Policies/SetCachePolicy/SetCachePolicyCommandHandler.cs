using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

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
