using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Caching.SetCachePolicy;

/// <summary>An ADMIN switches a connection's result cache: OFF (the default) or TTL seconds, up to the workspace
/// maximum (its own, within the host's). Switching it off drops what is cached.</summary>
public sealed record SetCachePolicyCommand(ConnectionId ConnectionId, CachePolicyMode Mode, int? TtlSeconds)
    : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}

internal sealed class SetCachePolicyCommandValidator : AbstractValidator<SetCachePolicyCommand>
{
    public SetCachePolicyCommandValidator(ExecutionLimits limits)
    {
        RuleFor(c => c.TtlSeconds).NotNull().WithMessage("TTL needs ttlSeconds.")
            .InclusiveBetween(1, limits.MaxCacheTtlSeconds).When(c => c.Mode == CachePolicyMode.Ttl);
    }
}

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
