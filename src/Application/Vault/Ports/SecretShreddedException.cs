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

/// <summary>The workspace's key was destroyed (crypto-shredding): its secrets can never be opened again.</summary>
public sealed class SecretShreddedException()
    : Exception("This secret's workspace key was destroyed; it can no longer be decrypted.");
