namespace Deepnote.Application.Vault.Contracts;

/// <summary>A blob sealed under the workspace key (AES-256-GCM, fresh data key); the fields are opaque to others.</summary>
public sealed record SealedBlob(int KeyVersion, byte[] WrappedKey, byte[] Nonce, byte[] Tag, byte[] Ciphertext);
