using System.Security.Cryptography;
using System.Text;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Execution.Running;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.Caching;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Execution.ExecuteQuery;

/// <summary>Runs a saved block (<see cref="BlockId"/>: needs EXECUTE) or ad-hoc SQL on a connection
/// (<see cref="ConnectionId"/> and <see cref="Sql"/>: needs EDIT), on a connection attached to the project and
/// granted to the actor. Waits up to <see cref="WaitSeconds"/> for the result, else answers RUNNING.</summary>
public sealed record ExecuteQueryCommand(ProjectId ProjectId, BlockId? BlockId, ConnectionId? ConnectionId, string? Sql,
    int? MaxRows = null, int? TimeoutSeconds = null, bool BypassCache = false, int? WaitSeconds = null)
    : ICommand<ExecutionDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.ToRun(ProjectId, BlockId, ConnectionId,
        BlockId is null ? ProjectAccess.Edit : ProjectAccess.Execute);

    /// <summary>Never the SQL: it may carry literals nobody should find in a log.</summary>
    public override string ToString() =>
        $"{nameof(ExecuteQueryCommand)} {{ {ProjectId}, block {BlockId}, connection {ConnectionId} }}";
}

internal sealed class ExecuteQueryCommandValidator : AbstractValidator<ExecuteQueryCommand>
{
    public ExecuteQueryCommandValidator(ExecutionLimits limits)
    {
        RuleFor(c => c.BlockId).Null().When(c => c.ConnectionId is not null || c.Sql is not null)
            .WithMessage("Give either a blockId, or a connectionId with sql, not both.");
        RuleFor(c => c.ConnectionId).NotNull().When(c => c.BlockId is null)
            .WithMessage("Ad-hoc SQL needs a connectionId (or give a blockId).");
        RuleFor(c => c.Sql).Must(s => !string.IsNullOrWhiteSpace(s)).When(c => c.BlockId is null)
            .WithMessage("Ad-hoc SQL needs sql (or give a blockId).")
            .MaximumLength(Domain.Access.Projects.Project.MaxSqlLength);
        RuleFor(c => c.MaxRows).InclusiveBetween(1, limits.MaxRows).When(c => c.MaxRows is not null);
        RuleFor(c => c.TimeoutSeconds).InclusiveBetween(1, limits.MaxTimeoutSeconds).When(c => c.TimeoutSeconds is not null);
        RuleFor(c => c.WaitSeconds).InclusiveBetween(0, limits.MaxWaitSeconds).When(c => c.WaitSeconds is not null);
    }
}

internal sealed class ExecuteQueryCommandHandler(ISender sender, ExecutionRegistry registry, ExecutionRecorder recorder,
    ICurrentActor actor, IEnumerable<IDataSourceConnector> connectors, IMemoryFiles memoryFiles, ExecutionLimits limits,
    IAuthorizationPolicy policy, TimeProvider clock)
    : ICommandHandler<ExecuteQueryCommand, ExecutionDto>
{
    public async ValueTask<ExecutionDto> Handle(ExecuteQueryCommand command, CancellationToken ct)
    {
        var user = actor.UserId ?? throw new UnauthenticatedException();
        var context = await sender.Send(new GetRunContextQuery(command.ProjectId, command.BlockId), ct);
        var connectionId = context.BlockConnection ?? command.ConnectionId!.Value;
        var sql = context.BlockSql ?? command.Sql!;
        if (command.BlockId is not null) await EnsureStillAllowedAsync(command.ProjectId, connectionId, ct);
        var profile = await sender.Send(new GetConnectionProfileQuery(connectionId), ct);
        var spec = Limits(profile.Guardrails, context.QuerySettings, command, sql);
        var target = new ExecutionTarget(ExecutionId.New(), context.WorkspaceId, command.ProjectId, command.BlockId,
            connectionId, user, SqlText.Hash(sql));
        var snapshot = ActorSnapshot.Of(actor);
        var files = profile.Settings.IsWorkspaceFiles
            ? await sender.Send(new FindFilesNamedInQuery(context.WorkspaceId, sql, MaxFilesPerQuery), ct)
            : [];

        var cache = await CacheSlotAsync(command, context, profile, spec, sql, files, ct);
        if (cache is not null && await sender.Send(new LookupCachedResultQuery(context.WorkspaceId, cache.Key), ct) is { } payload)
        {
            var hit = registry.AddCompleted(target, snapshot, ResultCodec.Decode(payload, 0));
            await RecordAsync(hit, ct);
            return Published(hit);
        }

        var connector = connectors.FirstOrDefault(c => c.Engine == profile.Settings.Engine)
            ?? throw new RequestValidationException([new FieldError("connectionId", $"No connector for {profile.Settings.Engine}.")]);
        var credentials = await sender.Send(new UnwrapCredentialsQuery(connectionId, "execute-query"), ct);
        var decrypted = new List<IMemoryFile>();
        RunningExecution run;
        try
        {
            var queryFiles = await DecryptAsync(context, files, decrypted, ct);
            var connection = new ConnectionTarget(connectionId.Value, profile.CredentialVersion, profile.Settings);
            var attributed = spec with { Sql = SqlText.Attribution(target) + sql, Files = queryFiles };
            run = registry.Start(target, snapshot, cache, async token =>
            {
                try
                {
                    return await connector.ExecuteAsync(connection, credentials.Password?.Reveal(), attributed, token);
                }
                finally
                {
                    credentials.Dispose();
                    decrypted.ForEach(f => f.Dispose());
                }
            });
        }
        catch
        {
            credentials.Dispose();
            decrypted.ForEach(f => f.Dispose());
            throw;
        }

        var wait = TimeSpan.FromSeconds(command.WaitSeconds ?? limits.DefaultWaitSeconds);
        await Task.WhenAny(run.Work, Task.Delay(wait, ct));
        if (run.Work.IsCompleted && run.TryClaim())
        {
            await RecordAsync(run, ct);
            return Published(run);
        }

        registry.HandOff(run);
        return ExecutionDto.From(run, clock);
    }

    private const int MaxFilesPerQuery = 20;

    /// <summary>The policy resolved the block's connection before this handler read the block again; if an editor
    /// pointed the block at another connection in between, the actor must hold that one too.</summary>
    private async Task EnsureStillAllowedAsync(ProjectId project, ConnectionId connection, CancellationToken ct)
    {
        var decision = await policy.DecideAsync(AccessRequirement.ToRun(project, null, connection, ProjectAccess.Execute),
            nested: false, ct);
        if (!decision.Allowed) throw new ForbiddenException(decision.Reason);
    }

    /// <summary>Each uploaded CSV or Parquet file the SQL names, decrypted into an anonymous in-memory file.</summary>
    private async Task<IReadOnlyList<QueryFile>> DecryptAsync(RunContext context, IReadOnlyList<FileDto> files,
        List<IMemoryFile> decrypted, CancellationToken ct)
    {
        var queryFiles = new List<QueryFile>();
        foreach (var file in files)
        {
            var format = Path.GetExtension(file.Name).ToLowerInvariant() switch
            {
                ".csv" or ".tsv" or ".txt" => "csv",
                ".parquet" => "parquet",
                _ => null,
            };
            if (format is null) continue;

            var memory = memoryFiles.Create(file.Id.ToString());
            decrypted.Add(memory);
            await sender.Send(new ReadFileQuery(context.WorkspaceId, file.Id, memory.Content), ct);
            await memory.Content.FlushAsync(ct);
            queryFiles.Add(new QueryFile(file.Name, format, memory.Path));
        }

        return queryFiles;
    }

    private async Task RecordAsync(RunningExecution run, CancellationToken ct)
    {
        try
        {
            // Not the request's token: a client that goes away must not erase the record of what ran.
            await recorder.RecordAsync(run, run.Outcome(cancelled: false), CancellationToken.None);
        }
        catch
        {
            registry.Refuse(run, ExecutionRegistry.AuditFailure);
            throw;
        }
    }

    /// <summary>Once the transaction commits the run is published; the answer shows it as it will then be.</summary>
    private ExecutionDto Published(RunningExecution run)
    {
        var outcome = run.Outcome(cancelled: false);
        return ExecutionDto.Finished(run, outcome.Status, outcome.ErrorMessage, clock);
    }

    /// <summary>The run asks, the connection's guardrails bound it, else the workspace's defaults, else the host's;
    /// the host's hard maxima bound everything.</summary>
    private QuerySpec Limits(ConnectionGuardrails guardrails, WorkspaceQuerySettings workspace, ExecuteQueryCommand command,
        string sql)
    {
        var timeout = Math.Min(command.TimeoutSeconds ?? guardrails.TimeoutSeconds ?? workspace.TimeoutSeconds(limits),
            Math.Min(guardrails.TimeoutSeconds ?? limits.MaxTimeoutSeconds, limits.MaxTimeoutSeconds));
        var maxRows = Math.Min(command.MaxRows ?? guardrails.MaxRows ?? workspace.MaxRows(limits),
            Math.Min(guardrails.MaxRows ?? limits.MaxRows, limits.MaxRows));
        var maxBytes = Math.Min(guardrails.MaxBytes ?? limits.DefaultMaxBytes, limits.MaxBytes);
        return new QuerySpec(sql, guardrails.AllowWrites, timeout, maxRows, maxBytes);
    }

    /// <summary>The cache entry this run may use, or null: the project must use the cache, the connection's policy
    /// must be TTL, the run must not bypass it, and the connection must be read-only (a write is never replayed).
    /// The key covers workspace, connection, credential version and where and as whom it connects, the SQL, the limits
    /// (as parameters), the files read and the
    /// actor's data-access scope on the connection (its grant), so an entry is shared only by people holding the
    /// same grant, and every hit is served only inside a request the policy has just authorised.</summary>
    private async Task<CacheSlot?> CacheSlotAsync(ExecuteQueryCommand command, RunContext context,
        ConnectionProfile profile, QuerySpec spec, string sql, IReadOnlyList<FileDto> files, CancellationToken ct)
    {
        if (!context.UseCache || command.BypassCache || spec.AllowWrites) return null;
        var policy = await sender.Send(new GetCachePolicyQuery(profile.Id), ct);
        if (policy.Mode != CachePolicyMode.Ttl || policy.TtlSeconds is not { } ttl) return null;

        var s = profile.Settings;
        var material = string.Join('\n', "deepnote-cache:v2", context.WorkspaceId, profile.Id,
            profile.CredentialVersion.ToString("N"), $"{s.Engine}|{s.Host}|{s.Port}|{s.Database}|{s.Username}|{s.SslMode}",
            SqlText.Normalise(sql), $"maxRows={spec.MaxRows};maxBytes={spec.MaxBytes}",
            $"scope=grant:{profile.Id}", $"files={string.Join(',', files.Select(f => f.Id))}");
        return new CacheSlot(SHA256.HashData(Encoding.UTF8.GetBytes(material)),
            Math.Min(ttl, context.QuerySettings.CacheTtlCap(limits)));
    }
}
