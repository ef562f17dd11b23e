using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Ports;

public static class SecretPurposes
{
    public const string ConnectionPassword = "connection-password";
}
