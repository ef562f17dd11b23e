namespace Deepnote.Application.Vault.Ports;

/// <summary>A stored secret failed authentication: it was altered, or moved from another record or workspace.</summary>
public sealed class SecretTamperedException(Exception inner)
    : Exception("The stored secret does not authenticate: it was altered or moved from another record.", inner);
