namespace Deepnote.Application.Vault.Ports;

public static class SecretPurposes
{
    public const string ConnectionPassword = "connection-password";

    /// <summary>A member's own password on a per-person connection (record: the <c>PersonalCredential</c> stream).</summary>
    public const string PersonalPassword = "personal-connection-password";
}
