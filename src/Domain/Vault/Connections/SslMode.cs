namespace Deepnote.Domain.Vault.Connections;

public enum SslMode
{
    Disable,
    Prefer,
    Require,
    VerifyFull,
}
