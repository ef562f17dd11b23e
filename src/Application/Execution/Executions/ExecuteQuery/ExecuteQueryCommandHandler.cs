using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Running;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.KeyedHash;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.ExecuteQuery;

/// <summary>Access prepares the run, Vault describes the connection and finds the files the SQL names, Caching
/// decides the cache entry; a hit is served, a miss is started and awaited for a while.</summary>
internal sealed class ExecuteQueryCommandHandler(ISender sender, ExecutionLauncher launcher, ICurrentActor actor,
    ExecutionLimits limits) : ICommandHandler<ExecuteQueryCommand, ExecutionDto>
{
    private const int MaxFilesPerQuery = 20;

    public async ValueTask<ExecutionDto> Handle(ExecuteQueryCommand command, CancellationToken ct)
    {
        var run = await sender.Send(new PrepareRunQuery(command.ProjectId, command.BlockId, command.ConnectionId,
            command.Sql), ct);
        var profile = await sender.Send(new GetConnectionProfileQuery(run.ConnectionId, actor.RequireUser()), ct);
        var spec = RunLimits.For(run.Sql, command.MaxRows, command.TimeoutSeconds, profile.Guardrails, run.QuerySettings,
            limits);
        var target = new ExecutionTarget(ExecutionId.New(), run.WorkspaceId, command.ProjectId, command.BlockId,
            run.ConnectionId, actor.RequireUser(),
            await sender.Send(new KeyedHashQuery(run.WorkspaceId, SqlText.HashPurpose, run.Sql), ct));
        var files = profile.Settings.IsWorkspaceFiles
            ? await sender.Send(new FindFilesNamedInQuery(run.WorkspaceId, run.Sql, MaxFilesPerQuery), ct)
            : profile.Settings.UploadedDatabase is { } database
                ? await sender.Send(new FindFilesNamedInQuery(run.WorkspaceId, FindFilesNamedInQuery.Named(database), 1), ct)
                : [];

        // A write is never replayed from the cache, nor is a run that asked to bypass it.
        var cache = run.UseCache && !command.BypassCache && !spec.AllowWrites
            ? await sender.Send(new GetCacheSlotQuery(run.WorkspaceId, profile, run.Sql, spec.MaxRows, spec.MaxBytes,
                files.Select(f => f.Id).ToList(), run.QuerySettings.CacheTtlCap(limits)), ct)
            : null;
        if (cache is not null && await sender.Send(new LookupCachedResultQuery(run.WorkspaceId, cache.Key), ct) is { } hit)
        {
            return await launcher.ServeCachedAsync(target, ActorSnapshot.Of(actor), hit, ct);
        }

        var started = await launcher.StartAsync(target, ActorSnapshot.Of(actor), profile, spec, files, cache, ct);
        return await launcher.AwaitAsync(started, command.WaitSeconds, ct);
    }
}
