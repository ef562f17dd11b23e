namespace Deepnote.Application.Identity.Ports;

public sealed record SessionDto(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt,
    string? IpAddress, string? UserAgent, bool Current);
