namespace Deepnote.Application.Vault.Ports;

public static class SecretPurposes
{
    public const string ConnectionPassword = "connection-password";
}
