using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>What anyone may see of a connection. There is no password field, by construction.</summary>
public sealed record ConnectionDto(ConnectionId Id, WorkspaceId WorkspaceId, string Name, ConnectionSettings Settings,
    bool HasPassword, string? CredentialsFingerprint, DateTimeOffset? CredentialsRotatedAt, DateTimeOffset CreatedAt,
    bool MyAccess, ConnectionGuardrails Guardrails);

public sealed record WorkspaceKeyDto(string Provider, string KeyId, int Version, DateTimeOffset CreatedAt,
    bool Destroyed, KeyRotationDto? Rotation);

public sealed record KeyRotationDto(Guid Id, string Status, int FromVersion, int ToVersion, long Total, long Done,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error);

public sealed record FileDto(FileId Id, WorkspaceId WorkspaceId, string Name, string ContentType, long Size,
    DateTimeOffset UploadedAt);
