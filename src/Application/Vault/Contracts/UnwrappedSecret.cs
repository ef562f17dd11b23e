using System.Security.Cryptography;
using System.Text;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>A decrypted secret, held as bytes that are zeroed on dispose. <see cref="Reveal"/> makes the string a
/// driver needs; keep its use as short as the call that needs it.</summary>
public sealed class UnwrappedSecret(byte[] utf8) : IDisposable
{
    public string Reveal() => Encoding.UTF8.GetString(utf8);

    public void Dispose() => CryptographicOperations.ZeroMemory(utf8);

    public override string ToString() => "***";
}
