using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;
using Mediator;

namespace Deepnote.Application.Vault.Connections.TestConnection;

internal sealed class TestConnectionCommandHandler(ISender sender, IEnumerable<IDataSourceConnector> connectors)
    : ICommandHandler<TestConnectionCommand, ConnectionCheck>
{
    public async ValueTask<ConnectionCheck> Handle(TestConnectionCommand command, CancellationToken ct)
    {
        using var credentials = await sender.Send(new UnwrapCredentialsQuery(command.ConnectionId, TestConnectionCommand.Purpose), ct);
        var connector = connectors.Single(c => c.Engine == credentials.Settings.Engine);
        var target = new ConnectionTarget(credentials.WorkspaceId, command.ConnectionId.Value, Guid.Empty, credentials.Settings);
        return await connector.TestAsync(target, credentials.Password?.Reveal(), ct);
    }
}
