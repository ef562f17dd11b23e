using System.Security.Cryptography;
using System.Text;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>A decrypted secret, held as bytes that are zeroed on dispose. <see cref="Reveal"/> makes the string a
/// driver needs; keep its use as short as the call that needs it.</summary>
public sealed class UnwrappedSecret(byte[] utf8) : IDisposable
{
    public string Reveal() => Encoding.UTF8.GetString(utf8);

    public void Dispose() => CryptographicOperations.ZeroMemory(utf8);

    public override string ToString() => "***";
}
