using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Domain.Vault.Connections.Events;
using Mediator;

namespace Deepnote.Application.Vault.Contracts;

public sealed record UnwrappedCredentials(ConnectionSettings Settings, UnwrappedSecret? Password) : IDisposable
{
    public void Dispose() => Password?.Dispose();

    public override string ToString() => $"{nameof(UnwrappedCredentials)} {{ {Settings.Engine} }}";
}
