using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Domain.Vault.Connections.Events;
using Deepnote.Domain.Vault.Files.Events;
using Deepnote.Domain.Vault.Keys.Events;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Vault.Projections;

internal sealed class VaultProjection : IInlineProjection
{
    public IReadOnlyList<string> Tables { get; } = ["connections", "personal_credentials", "vault_files", "workspace_key_state", "key_rotations"];

    public void Project(IDomainEvent domainEvent, ISqlBatch batch)
    {
        switch (domainEvent)
        {
            case ConnectionCreated e:
                batch.Add("""
                    insert into connections (connection_id, workspace_id, name, engine, host, port, database, username,
                        ssl_mode, has_password, fingerprint, credentials_rotated_at, created_at, secret_id, allow_md5, per_person)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                    """, e.ConnectionId.Value, e.WorkspaceId.Value, e.Name, e.Settings.Engine.ToString(), e.Settings.Host,
                    e.Settings.Port, e.Settings.Database, e.Settings.Username, e.Settings.SslMode?.ToString(),
                    e.Password is not null, e.Password?.Fingerprint, e.Password is null ? null : e.OccurredAt, e.OccurredAt,
                    e.Password?.SecretId, e.Settings.AllowMd5, e.Settings.PerPerson);
                break;
            case ConnectionRenamed e:
                batch.Add("update connections set name = $2 where connection_id = $1", e.ConnectionId.Value, e.Name);
                break;
            case ConnectionCredentialsUpdated e:
                batch.Add("update connections set username = $2 where connection_id = $1", e.ConnectionId.Value, e.Username);
                NewPassword(batch, e.ConnectionId, e.Password, e.OccurredAt);
                break;
            case ConnectionMoved e:
                batch.Add("update connections set host = $2, port = $3, database = $4, ssl_mode = $5 where connection_id = $1",
                    e.ConnectionId.Value, e.Host, e.Port, e.Database, e.SslMode?.ToString());
                NewPassword(batch, e.ConnectionId, e.Password, e.OccurredAt);
                break;
            case ConnectionGuardrailsChanged e:
                batch.Add("""
                    update connections set allow_writes = $2, timeout_seconds = $3, max_rows = $4, max_bytes = $5
                    where connection_id = $1
                    """, e.ConnectionId.Value, e.Guardrails.AllowWrites, e.Guardrails.TimeoutSeconds, e.Guardrails.MaxRows,
                    e.Guardrails.MaxBytes);
                break;
            case ConnectionDeleted e:
                batch.Add("update connections set deleted_at = $2 where connection_id = $1", e.ConnectionId.Value, e.OccurredAt);
                break;
            case FileUploaded e:
                batch.Add("""
                    insert into vault_files (file_id, workspace_id, name, content_type, size, content_hash, uploaded_by, uploaded_at)
                    values ($1, $2, $3, $4, $5, $6, $7, $8)
                    """, e.FileId.Value, e.WorkspaceId.Value, e.Name, e.ContentType, e.Size, e.ContentHmac ?? e.Sha256, e.UploadedBy.Value,
                    e.OccurredAt);
                break;
            case FileDeleted e:
                batch.Add("delete from vault_files where file_id = $1", e.FileId.Value);
                break;
            case WorkspaceKeyCreated e:
                batch.Add("""
                    insert into workspace_key_state (workspace_id, provider, key_id, version, created_at) values ($1, $2, $3, $4, $5)
                    """, e.WorkspaceId.Value, e.Provider, e.KeyId, e.Version, e.OccurredAt);
                break;
            case WorkspaceKeyRotationStarted e:
                batch.Add("""
                    update workspace_key_state set provider = $2, key_id = $3, version = $4, created_at = $5 where workspace_id = $1
                    """, e.WorkspaceId.Value, e.Provider, e.KeyId, e.ToVersion, e.OccurredAt);
                batch.Add("""
                    insert into key_rotations (rotation_id, workspace_id, status, from_version, to_version, started_at)
                    values ($1, $2, 'QUEUED', $3, $4, $5)
                    """, e.RotationId, e.WorkspaceId.Value, e.FromVersion, e.ToVersion, e.OccurredAt);
                break;
            case WorkspaceKeyRotationCompleted e:
                batch.Add("""
                    update key_rotations set status = 'SUCCEEDED', done = $2, total = greatest(total, $2), finished_at = $3
                    where rotation_id = $1
                    """, e.RotationId, e.Rewrapped, e.OccurredAt);
                break;
            case WorkspaceKeyRotationFailed e:
                batch.Add("update key_rotations set status = 'FAILED', error = $2, finished_at = $3 where rotation_id = $1",
                    e.RotationId, e.Reason, e.OccurredAt);
                break;
            case PersonalCredentialsSet e:
                batch.Add("""
                    insert into personal_credentials (connection_id, user_id, workspace_id, username, secret_id, set_at)
                    values ($1, $2, $3, $4, $5, $6)
                    on conflict (connection_id, user_id) do update
                    set username = excluded.username, secret_id = excluded.secret_id, set_at = excluded.set_at
                    """, e.ConnectionId.Value, e.UserId.Value, e.WorkspaceId.Value, e.Username, e.Password.SecretId,
                    e.OccurredAt);
                break;
            case PersonalCredentialsCleared e:
                batch.Add("delete from personal_credentials where connection_id = $1 and user_id = $2", e.ConnectionId.Value,
                    e.UserId.Value);
                break;
            case WorkspaceKeyDestroyed e:
                batch.Add("update workspace_key_state set destroyed = true where workspace_id = $1", e.WorkspaceId.Value);
                break;
        }
    }

    /// <summary>A change that brought a new shared password (new credentials or a move): its reference and fingerprint.</summary>
    private static void NewPassword(ISqlBatch batch, ConnectionId connection, SealedCredential? password, DateTimeOffset at)
    {
        if (password is null) return;
        batch.Add("""
            update connections set has_password = true, fingerprint = $2, credentials_rotated_at = $3, secret_id = $4
            where connection_id = $1
            """, connection.Value, password.Fingerprint, at, password.SecretId);
    }
}
