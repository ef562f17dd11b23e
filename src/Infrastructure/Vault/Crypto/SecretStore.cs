using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Infrastructure.Persistence;
using NpgsqlTypes;

namespace Deepnote.Infrastructure.Vault.Crypto;

internal sealed class SecretStore(NpgsqlUnitOfWork uow, WorkspaceKeyMaterial keys, TimeProvider clock) : ISecretStore
{
    public Task<SealedCredential> SealAsync(WorkspaceId workspace, string purpose, Guid recordId, string plaintext,
        CancellationToken ct) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            var version = await WorkspaceKeyMaterial.CurrentVersionAsync(connection, tx, workspace.Value, ct)
                ?? throw new SecretShreddedException();
            var workspaceKey = await keys.GetAsync(connection, tx, workspace.Value, version, ct);
            var bytes = Encoding.UTF8.GetBytes(plaintext);
            try
            {
                var envelope = Envelope.Seal(bytes, workspaceKey, version, Envelope.Context(workspace.Value, purpose, recordId));
                var secretId = Guid.CreateVersion7();
                await using var insert = connection.Command(tx, """
                    insert into vault_secrets (secret_id, workspace_id, purpose, record_id, key_version, envelope, created_at)
                    values ($1, $2, $3, $4, $5, $6, $7)
                    """, secretId, workspace.Value, purpose, recordId, version, null, clock.GetUtcNow());
                insert.Parameters[5].NpgsqlDbType = NpgsqlDbType.Jsonb;
                insert.Parameters[5].Value = JsonSerializer.Serialize(envelope);
                await insert.ExecuteNonQueryAsync(ct);
                return new SealedCredential(secretId, WorkspaceKeyMaterial.Fingerprint(workspaceKey, bytes));
            }
            finally
            {
                CryptographicOperations.ZeroMemory(bytes);
            }
        }, ct);

    public Task<string> KeyedHashAsync(WorkspaceId workspace, string purpose, string content, CancellationToken ct) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            var version = await WorkspaceKeyMaterial.CurrentVersionAsync(connection, tx, workspace.Value, ct)
                ?? throw new SecretShreddedException();
            var workspaceKey = await keys.GetAsync(connection, tx, workspace.Value, version, ct);
            return $"k{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}:"
                + WorkspaceKeyMaterial.KeyedHash(workspaceKey, purpose, Encoding.UTF8.GetBytes(content));
        }, ct);

    public Task<UnwrappedSecret> OpenAsync(WorkspaceId workspace, string purpose, Guid recordId, Guid secretId,
        CancellationToken ct) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            await using var select = connection.Command(tx, """
                select envelope::text from vault_secrets
                where secret_id = $1 and workspace_id = $2 and purpose = $3 and record_id = $4
                """, secretId, workspace.Value, purpose, recordId);
            var json = await select.ExecuteScalarAsync(ct) as string
                ?? throw new NotFoundException("The sealed secret was not found.");
            var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
            var workspaceKey = await keys.GetAsync(connection, tx, workspace.Value, envelope.KeyVersion, ct);
            try
            {
                return new UnwrappedSecret(envelope.Open(workspaceKey, Envelope.Context(workspace.Value, purpose, recordId)));
            }
            catch (CryptographicException ex)
            {
                throw new SecretTamperedException(ex);
            }
        }, ct);

    public Task DestroyAsync(WorkspaceId workspace, Guid secretId, CancellationToken ct) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            await using var delete = connection.Command(tx,
                "delete from vault_secrets where secret_id = $1 and workspace_id = $2", secretId, workspace.Value);
            return await delete.ExecuteNonQueryAsync(ct);
        }, ct);

    public Task<SealedBlob> SealBlobAsync(WorkspaceId workspace, string purpose, Guid recordId,
        ReadOnlyMemory<byte> plaintext, CancellationToken ct) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            var version = await WorkspaceKeyMaterial.CurrentVersionAsync(connection, tx, workspace.Value, ct)
                ?? throw new SecretShreddedException();
            var workspaceKey = await keys.GetAsync(connection, tx, workspace.Value, version, ct);
            var envelope = Envelope.Seal(plaintext.Span, workspaceKey, version, Envelope.Context(workspace.Value, purpose, recordId));
            return new SealedBlob(envelope.KeyVersion, envelope.WrappedDataKey, envelope.Nonce, envelope.Tag, envelope.Ciphertext);
        }, ct);

    public Task<byte[]> OpenBlobAsync(WorkspaceId workspace, string purpose, Guid recordId, SealedBlob blob,
        CancellationToken ct) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            var workspaceKey = await keys.GetAsync(connection, tx, workspace.Value, blob.KeyVersion, ct);
            var envelope = new Envelope(Envelope.CurrentFormat, blob.KeyVersion, blob.WrappedKey, blob.Nonce, blob.Ciphertext,
                blob.Tag);
            try
            {
                return envelope.Open(workspaceKey, Envelope.Context(workspace.Value, purpose, recordId));
            }
            catch (CryptographicException ex)
            {
                throw new SecretTamperedException(ex);
            }
        }, ct);
}
