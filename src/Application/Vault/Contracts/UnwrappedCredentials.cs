using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Contracts;

public sealed record UnwrappedCredentials(Guid WorkspaceId, ConnectionSettings Settings, UnwrappedSecret? Password) : IDisposable
{
    public void Dispose() => Password?.Dispose();

    public override string ToString() => $"{nameof(UnwrappedCredentials)} {{ {Settings.Engine} }}";
}
