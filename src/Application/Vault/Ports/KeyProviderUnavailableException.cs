namespace Deepnote.Application.Vault.Ports;

/// <summary>The key provider could not be reached or refused: the operation fails closed (UNAVAILABLE).</summary>
public sealed class KeyProviderUnavailableException(string provider, Exception? inner = null)
    : Exception($"The key provider '{provider}' is unavailable; nothing was decrypted or encrypted.", inner)
{
    public string Provider { get; } = provider;
}
