using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;
using Deepnote.Domain.Execution;
using Mediator;

namespace Deepnote.Application.Execution.Running;

/// <summary>Starts, serves and records runs for <c>ExecuteQueryCommandHandler</c>: the credentials and decrypted
/// files live exactly as long as the engine runs, and nothing is shown before its record is written.</summary>
internal sealed class ExecutionLauncher(ISender sender, ExecutionRegistry registry, ExecutionRecorder recorder,
    IEnumerable<IDataSourceConnector> connectors, RunRights rights, Ports.IRunOwners owners, ExecutionLimits limits,
    TimeProvider clock)
{
    /// <summary>A cache hit: recorded like a run, then served.</summary>
    public async Task<ExecutionDto> ServeCachedAsync(ExecutionTarget target, ActorSnapshot actor, byte[] payload,
        CancellationToken ct)
    {
        await owners.HoldAsync(target, actor, ct);
        var hit = registry.AddCompleted(target, actor, ResultCodec.Decode(payload, 0));
        await RecordAsync(hit);
        return Published(hit);
    }

    /// <summary>Unwraps the credentials and decrypts the files, then hands the run to the registry; whatever
    /// happens, both are disposed when the engine is done (or at once if it never starts).</summary>
    public async Task<RunningExecution> StartAsync(ExecutionTarget target, ActorSnapshot actor, ConnectionProfile profile,
        QuerySpec spec, IReadOnlyList<FileDto> files, CacheSlot? cache, CancellationToken ct)
    {
        var connector = connectors.FirstOrDefault(c => c.Engine == profile.Settings.Engine)
            ?? throw new RequestValidationException([new FieldError("connectionId", $"No connector for {profile.Settings.Engine}.")]);
        await owners.HoldAsync(target, actor, ct);
        var credentials = await sender.Send(new UnwrapCredentialsQuery(profile.Id, "execute-query", profile.Person), ct);
        var opened = OpenedQueryFiles.None;
        try
        {
            if (files.Count > 0) opened = await sender.Send(new OpenQueryFilesQuery(target.WorkspaceId, files), ct);
            var connection = new ConnectionTarget(target.WorkspaceId.Value, profile.Id.Value, profile.CredentialVersion,
                profile.Settings, profile.Person?.Value);
            var attributed = spec with { Sql = SqlText.Attribution(target) + spec.Sql, Files = opened.Files };
            var (password, decrypted) = (credentials, opened);
            return registry.Start(target, actor, cache, async token =>
            {
                using (password)
                using (decrypted)
                {
                    return await connector.ExecuteAsync(connection, password.Password?.Reveal(), attributed, token);
                }
            });
        }
        catch
        {
            credentials.Dispose();
            opened.Dispose();
            throw;
        }
    }

    /// <summary>Waits up to <paramref name="waitSeconds"/>: a run finished by then is recorded and answered whole,
    /// else it is handed to the background recorder and answered RUNNING.</summary>
    public async Task<ExecutionDto> AwaitAsync(RunningExecution run, int? waitSeconds, CancellationToken ct)
    {
        await Task.WhenAny(run.Work, Task.Delay(TimeSpan.FromSeconds(waitSeconds ?? limits.DefaultWaitSeconds), ct));
        if (run.Work.IsCompleted && run.TryClaim())
        {
            await RecordAsync(run);
            // Access may have changed on another node while it ran: the rows are shown only if it still holds.
            if (await rights.KeepAsync(run, CancellationToken.None)) return Published(run);
            return ExecutionDto.Finished(run, run.Outcome(cancelled: false).Status, CancelReasons.Message(CancelReasons.AccessChanged), clock)
                with { Columns = [], Rows = [], RowsAvailable = false };
        }

        registry.HandOff(run);
        return ExecutionDto.From(run, clock);
    }

    // Not the request's token: a client that goes away must not erase the record of what ran.
    private Task RecordAsync(RunningExecution run) =>
        recorder.RecordAsync(run, run.Outcome(cancelled: false), CancellationToken.None);

    /// <summary>Once the transaction commits the run is published; the answer shows it as it will then be.</summary>
    private ExecutionDto Published(RunningExecution run)
    {
        var outcome = run.Outcome(cancelled: false);
        return ExecutionDto.Finished(run, outcome.Status, outcome.ErrorMessage, clock) with { ErrorClass = outcome.ErrorClass };
    }
}
