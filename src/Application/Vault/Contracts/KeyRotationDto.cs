namespace Deepnote.Application.Vault.Contracts;

public sealed record KeyRotationDto(Guid Id, string Status, int FromVersion, int ToVersion, long Total, long Done,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error);
