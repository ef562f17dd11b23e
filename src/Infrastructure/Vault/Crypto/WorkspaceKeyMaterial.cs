using System.Security.Cryptography;
using Deepnote.Application.Vault.Ports;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Vault.Crypto;

/// <summary>Unwraps versions of workspace keys through the key provider, via the bounded cache.</summary>
public sealed class WorkspaceKeyMaterial(IKeyManagementProvider provider, WorkspaceKeyCache cache)
{
    public IKeyManagementProvider Provider => provider;

    /// <summary>The context bound to a wrapped workspace key (the AWS KMS encryption context, the local AAD).</summary>
    public static IReadOnlyDictionary<string, string> Context(Guid workspace, int version) =>
        new Dictionary<string, string>
        {
            ["workspace"] = workspace.ToString("D"),
            ["purpose"] = "workspace-key",
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    /// <summary>The newest version of the workspace key, or null when the workspace has none (yet, or any more).</summary>
    public static async Task<int?> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Guid workspace,
        CancellationToken ct)
    {
        await using var command = connection.Command(tx,
            "select max(version) from workspace_keys where workspace_id = $1", workspace);
        return await command.ExecuteScalarAsync(ct) is int version ? version : null;
    }

    public async Task<byte[]> GetAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Guid workspace, int version,
        CancellationToken ct) =>
        await cache.GetOrAddAsync(workspace, version, async () =>
        {
            await using var command = connection.Command(tx,
                "select provider, key_id, wrapped_key from workspace_keys where workspace_id = $1 and version = $2",
                workspace, version);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) throw new SecretShreddedException();
            var (keyProvider, keyId, wrapped) = (reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2));
            await reader.DisposeAsync();
            if (keyProvider != provider.Name)
            {
                throw new KeyProviderUnavailableException(keyProvider, new InvalidOperationException(
                    $"This workspace key was made by the '{keyProvider}' provider but '{provider.Name}' is configured."));
            }

            return await UnwrapAsync(keyId, wrapped, Context(workspace, version), ct);
        });

    public async Task<GeneratedDataKey> GenerateAsync(string keyId, Guid workspace, int version, CancellationToken ct)
    {
        try
        {
            return await provider.GenerateDataKeyAsync(keyId, Context(workspace, version), ct);
        }
        catch (Exception ex) when (ex is not KeyProviderUnavailableException)
        {
            throw new KeyProviderUnavailableException(provider.Name, ex);
        }
    }

    public void Forget(Guid workspace) => cache.Evict(workspace);

    private async Task<byte[]> UnwrapAsync(string keyId, byte[] wrapped, IReadOnlyDictionary<string, string> context,
        CancellationToken ct)
    {
        try
        {
            return await provider.DecryptDataKeyAsync(keyId, wrapped, context, ct);
        }
        catch (Exception ex) when (ex is not KeyProviderUnavailableException)
        {
            throw new KeyProviderUnavailableException(provider.Name, ex);
        }
    }

    /// <summary>HMAC-SHA256 of a secret under a key derived from the workspace key: equal secrets, equal
    /// fingerprints; nothing about the secret otherwise. 16 hex characters.</summary>
    public static string Fingerprint(byte[] workspaceKey, ReadOnlySpan<byte> secret)
    {
        Span<byte> macKey = stackalloc byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, workspaceKey, macKey, [], "deepnote-fingerprint"u8);
        return Convert.ToHexStringLower(HMACSHA256.HashData(macKey, secret))[..16];
    }

    /// <summary>HMAC-SHA256 of user content under a key derived from the workspace key for one purpose (64 hex).</summary>
    public static string KeyedHash(byte[] workspaceKey, string purpose, ReadOnlySpan<byte> content)
    {
        Span<byte> macKey = stackalloc byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, workspaceKey, macKey, [],
            System.Text.Encoding.UTF8.GetBytes("deepnote-content-hmac:" + purpose));
        return Convert.ToHexStringLower(HMACSHA256.HashData(macKey, content));
    }
}
