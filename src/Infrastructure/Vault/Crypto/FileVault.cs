using System.Buffers.Binary;
using System.Data;
using System.Security.Cryptography;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Vault.Crypto;

/// <summary>
/// Files in PostgreSQL, encrypted in 1 MiB chunks with AES-256-GCM under a fresh per-file data key. The data key is
/// a vault secret (purpose <c>file-key</c>), so rotation re-wraps it and destroying the workspace key shreds the
/// file. Each chunk's associated data is (workspace, file, index, last?), so chunks cannot be reordered, swapped
/// between files or cut off. At most two chunks are in memory at a time, in and out.
/// </summary>
internal sealed class FileVault(NpgsqlUnitOfWork uow, ISecretStore secrets) : IFileVault
{
    public const int ChunkSize = 1024 * 1024;
    private const string KeyPurpose = "file-key";

    public async Task<StoredFile> StoreAsync(WorkspaceId workspace, FileId file, Stream content, long maxBytes,
        CancellationToken ct)
    {
        var dataKey = RandomNumberGenerator.GetBytes(32);
        try
        {
            var sealedKey = await secrets.SealAsync(workspace, KeyPurpose, file.Value, Convert.ToBase64String(dataKey), ct);
            var stored = await uow.ExecuteAsync(async (connection, tx) =>
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                using var aes = new AesGcm(dataKey, 16);
                var current = new byte[ChunkSize];
                var next = new byte[ChunkSize];
                var currentLength = await FillAsync(content, current, ct);
                long size = 0;
                var index = 0;
                while (true)
                {
                    var nextLength = currentLength == ChunkSize ? await FillAsync(content, next, ct) : 0;
                    var last = nextLength == 0;
                    size += currentLength;
                    if (size > maxBytes) throw new FileTooLargeException(maxBytes);
                    sha.AppendData(current, 0, currentLength);

                    var chunk = new byte[12 + currentLength + 16];
                    RandomNumberGenerator.Fill(chunk.AsSpan(0, 12));
                    aes.Encrypt(chunk.AsSpan(0, 12), current.AsSpan(0, currentLength), chunk.AsSpan(12, currentLength),
                        chunk.AsSpan(12 + currentLength), ChunkContext(workspace, file, index, last));
                    await using (var insert = connection.Command(tx,
                        "insert into vault_file_chunks (file_id, chunk_index, data) values ($1, $2, $3)", file.Value, index, chunk))
                    {
                        await insert.ExecuteNonQueryAsync(ct);
                    }

                    index++;
                    if (last) break;
                    (current, next, currentLength) = (next, current, nextLength);
                }

                CryptographicOperations.ZeroMemory(current);
                CryptographicOperations.ZeroMemory(next);
                await using var blob = connection.Command(tx, """
                    insert into vault_file_blobs (file_id, workspace_id, secret_id, chunk_count) values ($1, $2, $3, $4)
                    """, file.Value, workspace.Value, sealedKey.SecretId, index);
                await blob.ExecuteNonQueryAsync(ct);
                return (Size: size, Digest: Convert.ToHexStringLower(sha.GetHashAndReset()));
            }, ct);
            // The plain digest never leaves the vault: what the log keeps is keyed, so a guessed file cannot be confirmed.
            return new StoredFile(stored.Size, await secrets.KeyedHashAsync(workspace, "file", stored.Digest, ct));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    public async Task CopyToAsync(WorkspaceId workspace, FileId file, Stream output, CancellationToken ct)
    {
        var (secretId, chunkCount) = await uow.QuerySingleAsync("""
            select secret_id, chunk_count from vault_file_blobs where file_id = $1 and workspace_id = $2
            """, r => (r.GetGuid(0), r.GetInt32(1)), ct, file.Value, workspace.Value);
        if (chunkCount == 0) throw new NotFoundException("This file was not found, or you cannot see it.");

        using var key = await secrets.OpenAsync(workspace, KeyPurpose, file.Value, secretId, ct);
        var dataKey = Convert.FromBase64String(key.Reveal());
        try
        {
            await uow.ExecuteAsync(async (connection, tx) =>
            {
                using var aes = new AesGcm(dataKey, 16);
                await using var select = connection.Command(tx,
                    "select chunk_index, data from vault_file_chunks where file_id = $1 order by chunk_index", file.Value);
                await using var reader = await select.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
                var expected = 0;
                while (await reader.ReadAsync(ct))
                {
                    var index = reader.GetInt32(0);
                    var chunk = await reader.GetFieldValueAsync<byte[]>(1, ct);
                    if (index != expected || chunk.Length < 28) throw new SecretTamperedException(new CryptographicException("Chunk out of order."));
                    var plaintext = new byte[chunk.Length - 28];
                    try
                    {
                        aes.Decrypt(chunk.AsSpan(0, 12), chunk.AsSpan(12, plaintext.Length), chunk.AsSpan(12 + plaintext.Length),
                            plaintext, ChunkContext(workspace, file, index, index == chunkCount - 1));
                    }
                    catch (CryptographicException ex)
                    {
                        throw new SecretTamperedException(ex);
                    }

                    await output.WriteAsync(plaintext, ct);
                    expected++;
                }

                if (expected != chunkCount) throw new SecretTamperedException(new CryptographicException("Chunks are missing."));
                return expected;
            }, ct);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    public async Task DestroyAsync(WorkspaceId workspace, FileId file, CancellationToken ct)
    {
        var sealedKeys = await uow.QueryAsync(
            "delete from vault_file_blobs where file_id = $1 and workspace_id = $2 returning secret_id", r => r.GetGuid(0), ct,
            file.Value, workspace.Value);
        await uow.ExecuteAsync("delete from vault_file_chunks where file_id = $1", ct, file.Value);
        foreach (var secret in sealedKeys) await secrets.DestroyAsync(workspace, secret, ct);
    }

    public Task<FileDto?> GetAsync(FileId file, CancellationToken ct) =>
        uow.QuerySingleAsync(
            "select file_id, workspace_id, name, content_type, size, uploaded_at from vault_files where file_id = $1",
            Map, ct, file.Value);

    public async Task<Page<FileDto>> ListAsync(WorkspaceId workspace, int size, long offset, CancellationToken ct)
    {
        var rows = await uow.QueryAsync("""
            select file_id, workspace_id, name, content_type, size, uploaded_at from vault_files
            where workspace_id = $1 order by uploaded_at desc, file_id limit $2 offset $3
            """, Map, ct, workspace.Value, size + 1, offset);
        return Paging.ToPage(rows, size, offset);
    }

    private static FileDto Map(NpgsqlDataReader r) => new(new FileId(r.GetGuid(0)), new WorkspaceId(r.GetGuid(1)),
        r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetFieldValue<DateTimeOffset>(5));

    private static byte[] ChunkContext(WorkspaceId workspace, FileId file, int index, bool last)
    {
        var context = Envelope.Context(workspace.Value, "file-chunk", file.Value);
        var aad = new byte[context.Length + 5];
        context.CopyTo(aad, 0);
        BinaryPrimitives.WriteInt32BigEndian(aad.AsSpan(context.Length), index);
        aad[^1] = last ? (byte)1 : (byte)0;
        return aad;
    }

    private static async Task<int> FillAsync(Stream stream, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), ct);
            if (read == 0) break;
            filled += read;
        }

        return filled;
    }
}
