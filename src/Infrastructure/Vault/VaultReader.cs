using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Infrastructure.Persistence;
using Npgsql;
using SslMode = Deepnote.Domain.Vault.Connections.SslMode;

namespace Deepnote.Infrastructure.Vault;

internal sealed class VaultReader(NpgsqlUnitOfWork uow) : IVaultReader
{
    private const string Columns = """
        select c.connection_id, c.workspace_id, c.name, c.engine, c.host, c.port, c.database, c.username, c.ssl_mode,
               c.has_password, c.fingerprint, c.credentials_rotated_at, c.created_at,
               exists (select 1 from connection_grants g where g.connection_id = c.connection_id and g.user_id = $2),
               c.allow_writes, c.timeout_seconds, c.max_rows, c.max_bytes, c.allow_md5, c.per_person,
               mine.username, mine.set_at, mine.secret_id
        from connections c
        left join personal_credentials mine on mine.connection_id = c.connection_id and mine.user_id = $2
        """;

    public Task<ConnectionDto?> GetConnectionAsync(ConnectionId connection, UserId viewer, CancellationToken ct) =>
        uow.QuerySingleAsync($"{Columns} where c.connection_id = $1 and c.deleted_at is null", Map, ct,
            connection.Value, viewer.Value);

    public async Task<Page<ConnectionDto>> ListConnectionsAsync(WorkspaceId workspace, UserId viewer, UserId? grantedTo,
        int size, long offset, CancellationToken ct)
    {
        var rows = await uow.QueryAsync($"""
            {Columns}
            where c.workspace_id = $1 and c.deleted_at is null
              and ($3::uuid is null or exists (select 1 from connection_grants g
                                               where g.connection_id = c.connection_id and g.user_id = $3))
            order by lower(c.name), c.connection_id
            limit $4 offset $5
            """, Map, ct, workspace.Value, viewer.Value, grantedTo?.Value, size + 1, offset);
        return Paging.ToPage(rows, size, offset);
    }

    public async Task<IReadOnlyList<ConnectionDto>> ListForProjectAsync(ProjectId project, UserId viewer, CancellationToken ct) =>
        await uow.QueryAsync($"""
            {Columns}
            join project_connections pc on pc.connection_id = c.connection_id
            where pc.project_id = $1 and c.deleted_at is null
            order by lower(c.name), c.connection_id
            """, Map, ct, project.Value, viewer.Value);

    public async Task<WorkspaceKeyDto?> GetWorkspaceKeyAsync(WorkspaceId workspace, CancellationToken ct)
    {
        var rotation = await uow.QuerySingleAsync("""
            select rotation_id, status, from_version, to_version, total, done, started_at, finished_at, error
            from key_rotations where workspace_id = $1 order by started_at desc limit 1
            """, r => new KeyRotationDto(r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt64(4),
                r.GetInt64(5), r.GetFieldValue<DateTimeOffset>(6), r.GetNullable<DateTimeOffset?>(7), r.GetNullable<string>(8)),
            ct, workspace.Value);
        return await uow.QuerySingleAsync("""
            select provider, key_id, version, created_at, destroyed from workspace_key_state where workspace_id = $1
            """, r => new WorkspaceKeyDto(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetFieldValue<DateTimeOffset>(3),
                r.GetBoolean(4), rotation), ct, workspace.Value);
    }

    public async Task<bool> IsWorkspaceKeyDestroyedAsync(WorkspaceId workspace, CancellationToken ct) =>
        await uow.QuerySingleAsync("select destroyed from workspace_key_state where workspace_id = $1", r => r.GetBoolean(0),
            ct, workspace.Value);

    private static ConnectionDto Map(NpgsqlDataReader r) => new(
        new ConnectionId(r.GetGuid(0)), new WorkspaceId(r.GetGuid(1)), r.GetString(2),
        new ConnectionSettings(Enum.Parse<ConnectionEngine>(r.GetString(3)), r.GetNullable<string>(4),
            r.GetNullable<int?>(5), r.GetNullable<string>(6), r.GetNullable<string>(7),
            r.IsDBNull(8) ? null : Enum.Parse<SslMode>(r.GetString(8)), r.GetBoolean(18), r.GetBoolean(19)),
        r.GetBoolean(9), r.GetNullable<string>(10), r.GetNullable<DateTimeOffset?>(11), r.GetFieldValue<DateTimeOffset>(12),
        r.GetBoolean(13), MapGuardrails(r, 14),
        r.IsDBNull(20) ? null : new PersonalCredentialDto(r.GetString(20), r.GetFieldValue<DateTimeOffset>(21), r.GetGuid(22)));

    private static ConnectionGuardrails MapGuardrails(NpgsqlDataReader r, int first) =>
        new(r.GetBoolean(first), r.GetNullable<int?>(first + 1), r.GetNullable<int?>(first + 2),
            r.GetNullable<long?>(first + 3));

    public Task<ConnectionProfile?> GetProfileAsync(ConnectionId connection, CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select c.connection_id, c.workspace_id, c.engine, c.host, c.port, c.database, c.username, c.ssl_mode,
                   c.allow_writes, c.timeout_seconds, c.max_rows, c.max_bytes, c.secret_id, c.allow_md5, c.per_person
            from connections c where c.connection_id = $1 and c.deleted_at is null
            """, r => new ConnectionProfile(new ConnectionId(r.GetGuid(0)), new WorkspaceId(r.GetGuid(1)),
                new ConnectionSettings(Enum.Parse<ConnectionEngine>(r.GetString(2)), r.GetNullable<string>(3),
                    r.GetNullable<int?>(4), r.GetNullable<string>(5), r.GetNullable<string>(6),
                    r.IsDBNull(7) ? null : Enum.Parse<SslMode>(r.GetString(7)), r.GetBoolean(13), r.GetBoolean(14)),
                MapGuardrails(r, 8), r.GetNullable<Guid?>(12)),
            ct, connection.Value);

    public Task<PersonalCredentialDto?> GetPersonalCredentialAsync(ConnectionId connection, UserId user, CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select username, set_at, secret_id from personal_credentials where connection_id = $1 and user_id = $2
            """, r => new PersonalCredentialDto(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), r.GetGuid(2)), ct,
            connection.Value, user.Value);

    public async Task<IReadOnlyList<ConnectionId>> ListFileReadersAsync(WorkspaceId workspace, string fileName,
        CancellationToken ct) =>
        await uow.QueryAsync("""
            select connection_id from connections
            where workspace_id = $1 and deleted_at is null and engine = $2 and (database = $3 or database = $4)
            """, r => new ConnectionId(r.GetGuid(0)), ct, workspace.Value, ConnectionEngine.DuckDb.ToString(),
            ConnectionSettings.WorkspaceFiles, ConnectionSettings.UploadPrefix + fileName);

    public async Task<IReadOnlyList<ConnectionId>> ListPersonalCredentialsAsync(WorkspaceId workspace, UserId user,
        CancellationToken ct) =>
        await uow.QueryAsync("select connection_id from personal_credentials where workspace_id = $1 and user_id = $2",
            r => new ConnectionId(r.GetGuid(0)), ct, workspace.Value, user.Value);
}
