using System.Security.Cryptography;
using System.Text.Json;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Deepnote.Infrastructure.Vault.Crypto;

internal sealed class WorkspaceKeyStore(NpgsqlUnitOfWork uow, WorkspaceKeyMaterial keys) : IWorkspaceKeyStore
{
    private const int BatchSize = 200;

    public (string Provider, string KeyId) DefaultKey => (keys.Provider.Name, keys.Provider.DefaultKeyId);

    public Task CreateVersionAsync(WorkspaceId workspace, int version, string provider, string keyId, CancellationToken ct) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            if (provider != keys.Provider.Name)
            {
                throw new KeyProviderUnavailableException(provider, new InvalidOperationException(
                    $"The configured key provider is '{keys.Provider.Name}'."));
            }

            var generated = await keys.GenerateAsync(keyId, workspace.Value, version, ct);
            CryptographicOperations.ZeroMemory(generated.Plaintext);
            await using var insert = connection.Command(tx, """
                insert into workspace_keys (workspace_id, version, provider, key_id, wrapped_key) values ($1, $2, $3, $4, $5)
                """, workspace.Value, version, provider, keyId, generated.WrappedKey);
            return await insert.ExecuteNonQueryAsync(ct);
        }, ct);

    public async Task<long> RewrapAsync(WorkspaceId workspace, Guid rotationId, int toVersion, CancellationToken ct)
    {
        await NpgsqlUnitOfWork.ExecuteStandaloneAsync(uow.DataSource, async (connection, tx) =>
        {
            await using var start = connection.Command(tx, """
                update key_rotations set status = 'RUNNING',
                    total = done + (select count(*) from vault_secrets where workspace_id = $2 and key_version <> $3)
                where rotation_id = $1
                """, rotationId, workspace.Value, toVersion);
            return await start.ExecuteNonQueryAsync(ct);
        }, ct);

        long rewrapped = 0;
        while (true)
        {
            var batch = await NpgsqlUnitOfWork.ExecuteStandaloneAsync(uow.DataSource,
                (connection, tx) => RewrapBatchAsync(connection, tx, workspace.Value, rotationId, toVersion, ct), ct);
            if (batch == 0) break;
            rewrapped += batch;
        }

        // Every data key is under the new version: the old versions are retired.
        await NpgsqlUnitOfWork.ExecuteStandaloneAsync(uow.DataSource, async (connection, tx) =>
        {
            await using var retire = connection.Command(tx,
                "delete from workspace_keys where workspace_id = $1 and version < $2", workspace.Value, toVersion);
            return await retire.ExecuteNonQueryAsync(ct);
        }, ct);
        keys.Forget(workspace.Value);
        return rewrapped;
    }

    /// <summary>One batch in one transaction: rows are locked (skipping those another worker holds), re-wrapped,
    /// and the progress moves with them, so a crash loses nothing and a restart resumes.</summary>
    private async Task<int> RewrapBatchAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Guid workspace,
        Guid rotationId, int toVersion, CancellationToken ct)
    {
        var rows = new List<(Guid Id, string Purpose, Guid Record, Envelope Envelope)>();
        await using (var select = connection.Command(tx, """
            select secret_id, purpose, record_id, envelope::text from vault_secrets
            where workspace_id = $1 and key_version <> $2
            order by secret_id limit $3 for update skip locked
            """, workspace, toVersion, BatchSize))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2),
                    JsonSerializer.Deserialize<Envelope>(reader.GetString(3))!));
            }
        }

        if (rows.Count == 0) return 0;
        var newKey = await keys.GetAsync(connection, tx, workspace, toVersion, ct);
        foreach (var (id, purpose, record, envelope) in rows)
        {
            var oldKey = await keys.GetAsync(connection, tx, workspace, envelope.KeyVersion, ct);
            var rewrapped = envelope.Rewrap(oldKey, newKey, toVersion, Envelope.Context(workspace, purpose, record));
            await using var update = connection.Command(tx,
                "update vault_secrets set key_version = $2, envelope = $3 where secret_id = $1", id, toVersion, null);
            update.Parameters[2].NpgsqlDbType = NpgsqlDbType.Jsonb;
            update.Parameters[2].Value = JsonSerializer.Serialize(rewrapped);
            await update.ExecuteNonQueryAsync(ct);
        }

        await using var progress = connection.Command(tx,
            "update key_rotations set done = done + $2 where rotation_id = $1", rotationId, (long)rows.Count);
        await progress.ExecuteNonQueryAsync(ct);
        return rows.Count;
    }

    public async Task DestroyAsync(WorkspaceId workspace, CancellationToken ct)
    {
        await uow.ExecuteAsync("delete from workspace_keys where workspace_id = $1", ct, workspace.Value);
        keys.Forget(workspace.Value);
    }
}
