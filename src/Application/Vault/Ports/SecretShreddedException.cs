namespace Deepnote.Application.Vault.Ports;

/// <summary>The workspace's key was destroyed (crypto-shredding): its secrets can never be opened again.</summary>
public sealed class SecretShreddedException()
    : Exception("This secret's workspace key was destroyed; it can no longer be decrypted.");
