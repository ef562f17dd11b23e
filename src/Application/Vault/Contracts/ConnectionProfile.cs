using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>What running a query needs to know of a connection, without its secret.</summary>
/// <param name="SecretId">The vault secret holding the current password (null: none). It changes with every new
/// password, so it versions anything derived from the credentials.</param>
public sealed record ConnectionProfile(ConnectionId Id, WorkspaceId WorkspaceId, ConnectionSettings Settings,
    ConnectionGuardrails Guardrails, Guid? SecretId)
{
    public Guid CredentialVersion => SecretId ?? Guid.Empty;
}

public sealed record GetConnectionProfileQuery(ConnectionId ConnectionId) : IQuery<ConnectionProfile>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class GetConnectionProfileQueryHandler(IVaultReader reader)
    : IQueryHandler<GetConnectionProfileQuery, ConnectionProfile>
{
    public async ValueTask<ConnectionProfile> Handle(GetConnectionProfileQuery query, CancellationToken ct) =>
        await reader.GetProfileAsync(query.ConnectionId, ct)
        ?? throw new NotFoundException($"Connection {query.ConnectionId} was not found.");
}

/// <summary>A blob sealed under the workspace key (AES-256-GCM, fresh data key); the fields are opaque to others.</summary>
public sealed record SealedBlob(int KeyVersion, byte[] WrappedKey, byte[] Nonce, byte[] Tag, byte[] Ciphertext);

/// <summary>Seals bytes of another module (a cached result, say) under the workspace's key, bound to purpose and
/// record so that they open nowhere else.</summary>
public sealed record SealBlobCommand(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, ReadOnlyMemory<byte> Plaintext)
    : ICommand<SealedBlob>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(SealBlobCommand)} {{ {WorkspaceId}, {Purpose}, {Plaintext.Length} bytes }}";
}

internal sealed class SealBlobCommandHandler(IEventStore events, IWorkspaceKeyStore keys, ISecretStore secrets,
    TimeProvider clock) : ICommandHandler<SealBlobCommand, SealedBlob>
{
    public async ValueTask<SealedBlob> Handle(SealBlobCommand command, CancellationToken ct)
    {
        await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        return await secrets.SealBlobAsync(command.WorkspaceId, command.Purpose, command.RecordId, command.Plaintext, ct);
    }
}

/// <summary>Opens a <see cref="SealedBlob"/>: null when it can never open again (its key version was destroyed, or
/// it was altered or moved); throws when the key provider is down (fail closed).</summary>
public sealed record OpenBlobQuery(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, SealedBlob Blob)
    : IQuery<byte[]?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(OpenBlobQuery)} {{ {WorkspaceId}, {Purpose} }}";
}

internal sealed class OpenBlobQueryHandler(ISecretStore secrets) : IQueryHandler<OpenBlobQuery, byte[]?>
{
    public async ValueTask<byte[]?> Handle(OpenBlobQuery query, CancellationToken ct)
    {
        try
        {
            return await secrets.OpenBlobAsync(query.WorkspaceId, query.Purpose, query.RecordId, query.Blob, ct);
        }
        catch (Exception ex) when (ex is SecretShreddedException or SecretTamperedException or NotFoundException)
        {
            return null;
        }
    }
}
