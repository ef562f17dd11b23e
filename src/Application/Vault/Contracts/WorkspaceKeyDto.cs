namespace Deepnote.Application.Vault.Contracts;

public sealed record WorkspaceKeyDto(string Provider, string KeyId, int Version, DateTimeOffset CreatedAt,
    bool Destroyed, KeyRotationDto? Rotation);
