namespace Deepnote.Application.Vault.Ports;

/// <summary>A fresh data key: the plaintext (zero it after use) and the same key wrapped by the provider.</summary>
public sealed record GeneratedDataKey(byte[] Plaintext, byte[] WrappedKey)
{
    public override string ToString() => nameof(GeneratedDataKey);
}
