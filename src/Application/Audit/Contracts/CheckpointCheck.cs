namespace Deepnote.Application.Audit.Contracts;

/// <summary>The newest signed checkpoint of a chain and what verification made of it: whether its signature holds
/// and whether the database's chain has the checkpoint's hash at its position.</summary>
public sealed record CheckpointCheck(long Position, string Hash, DateTimeOffset SignedAt, string KeyId,
    bool SignatureValid, bool Matches);
