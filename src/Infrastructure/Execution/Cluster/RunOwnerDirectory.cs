using System.Text.Json;
using Deepnote.Application.Abstractions;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>The <c>run_owners</c> table outside any request: who holds a run, which runs to recheck, which runs of dead
/// nodes are still unrecorded. Every statement commits on its own.</summary>
internal sealed class RunOwnerDirectory(NpgsqlDataSource dataSource)
{
    /// <summary>How long a run's ownership is kept: no result outlives it (<c>ExecutionRegistry.MaxLifetime</c>).</summary>
    private static readonly TimeSpan Kept = TimeSpan.FromHours(9);

    /// <summary>Committed without waiting for the disk (<c>synchronous_commit = off</c>): the flush cost a few
    /// milliseconds on every run, and a database crash that loses the last holds also ended every run they describe.</summary>
    public Task HoldAsync(string silo, ExecutionTarget target, ActorSnapshot actor, DateTimeOffset startedAt, CancellationToken ct) =>
        ExecuteAsync(async command =>
        {
            command.Parameters[8].NpgsqlDbType = NpgsqlDbType.Jsonb;
            await using (var relaxed = new NpgsqlCommand("set local synchronous_commit = off", command.Connection, command.Transaction))
            {
                await relaxed.ExecuteNonQueryAsync(ct);
            }

            return await command.ExecuteNonQueryAsync(ct);
        }, """
            insert into run_owners (execution_id, silo, workspace_id, project_id, block_id, connection_id, actor_id, sql_hash,
                actor, started_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            on conflict (execution_id) do nothing
            """, target.ExecutionId.Value, silo, target.WorkspaceId.Value, target.ProjectId.Value, target.BlockId?.Value,
        target.ConnectionId.Value, target.ActorId.Value, target.SqlHash, JsonSerializer.Serialize(actor), startedAt);

    public Task<string?> FindSiloAsync(Guid execution, CancellationToken ct) =>
        ExecuteAsync(async command => await command.ExecuteScalarAsync(ct) as string,
            "select silo from run_owners where execution_id = $1", execution);

    /// <summary>Runs held by nodes other than <paramref name="except"/> in a workspace and/or of a person, recent enough
    /// to still have a result.</summary>
    public Task<List<Guid>> ListHeldAsync(WorkspaceId? workspace, UserId? user, string except, CancellationToken ct) =>
        ExecuteAsync(async command =>
        {
            var ids = new List<Guid>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
            return ids;
        }, """
            select execution_id from run_owners
            where ($1::uuid is null or workspace_id = $1) and ($2::uuid is null or actor_id = $2) and silo <> $3
              and started_at > now() - $4::interval
            limit 10000
            """, workspace?.Value, user?.Value, except, Kept);

    /// <summary>The silos still holding unrecorded runs.</summary>
    public Task<List<string>> UnrecordedSilosAsync(CancellationToken ct) =>
        ExecuteAsync(async command =>
        {
            var silos = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) silos.Add(reader.GetString(0));
            return silos;
        }, "select distinct silo from run_owners where not recorded");

    /// <summary>The unrecorded runs of a silo (at most a batch), started before <paramref name="startedBefore"/>.</summary>
    public Task<List<LostRun>> UnrecordedAsync(string silo, DateTimeOffset startedBefore, CancellationToken ct) =>
        ExecuteAsync(async command =>
        {
            var runs = new List<LostRun>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var target = new ExecutionTarget(new ExecutionId(reader.GetGuid(0)), new WorkspaceId(reader.GetGuid(1)),
                    new ProjectId(reader.GetGuid(2)), reader.IsDBNull(3) ? null : new BlockId(reader.GetGuid(3)),
                    new ConnectionId(reader.GetGuid(4)), new UserId(reader.GetGuid(5)), reader.GetString(6));
                runs.Add(new LostRun(target, JsonSerializer.Deserialize<ActorSnapshot>(reader.GetString(7))!,
                    reader.GetFieldValue<DateTimeOffset>(8)));
            }

            return runs;
        }, """
            select execution_id, workspace_id, project_id, block_id, connection_id, actor_id, sql_hash, actor::text, started_at
            from run_owners where silo = $1 and not recorded and started_at < $2
            order by started_at limit 500
            """, silo, startedBefore);

    /// <summary>Forgets runs too old to have a result anywhere.</summary>
    public Task<int> PruneAsync(CancellationToken ct) =>
        ExecuteAsync(command => command.ExecuteNonQueryAsync(ct),
            "delete from run_owners where started_at < now() - $1::interval and recorded", Kept);

    private Task<T> ExecuteAsync<T>(Func<NpgsqlCommand, Task<T>> run, string sql, params object?[] values) =>
        NpgsqlUnitOfWork.ExecuteStandaloneAsync(dataSource, async (connection, tx) =>
        {
            await using var command = connection.Command(tx, sql, values);
            return await run(command);
        }, CancellationToken.None);
}
