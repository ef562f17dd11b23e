using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Connections.TestConnection;

internal sealed class TestConnectionCommandHandler(ISender sender, IEnumerable<IDataSourceConnector> connectors)
    : ICommandHandler<TestConnectionCommand, ConnectionCheck>
{
    public async ValueTask<ConnectionCheck> Handle(TestConnectionCommand command, CancellationToken ct)
    {
        using var credentials = await sender.Send(new UnwrapCredentialsQuery(command.ConnectionId, TestConnectionCommand.Purpose), ct);
        var connector = connectors.Single(c => c.Engine == credentials.Settings.Engine);
        return await connector.TestAsync(credentials.Settings, credentials.Password?.Reveal(), ct);
    }
}
