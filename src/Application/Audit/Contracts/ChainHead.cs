namespace Deepnote.Application.Audit.Contracts;

/// <summary>Where a chain ends: its last position and hash.</summary>
public sealed record ChainHead(Guid ChainId, long Position, string Hash);
