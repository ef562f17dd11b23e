namespace Deepnote.Domain.Vault.Connections;

/// <summary>Limits on what runs against a connection. Null means the workspace default; every value is further
/// capped by the host's hard maxima.</summary>
/// <param name="AllowWrites">False (the default): every query runs in a read-only transaction that is rolled back.</param>
public sealed record ConnectionGuardrails(bool AllowWrites, int? TimeoutSeconds, int? MaxRows, long? MaxBytes)
{
    public static ConnectionGuardrails Default { get; } = new(false, null, null, null);
}
