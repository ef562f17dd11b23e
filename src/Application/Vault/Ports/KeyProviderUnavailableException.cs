using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Ports;

/// <summary>The key provider could not be reached or refused: the operation fails closed (UNAVAILABLE).</summary>
public sealed class KeyProviderUnavailableException(string provider, Exception? inner = null)
    : Exception($"The key provider '{provider}' is unavailable; nothing was decrypted or encrypted.", inner)
{
    public string Provider { get; } = provider;
}
