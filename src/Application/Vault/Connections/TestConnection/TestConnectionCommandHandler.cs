using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Connections.TestConnection;

internal sealed class TestConnectionCommandHandler(ISender sender, IEnumerable<IDataSourceConnector> connectors,
    ITestConnectionThrottle throttle, ICurrentActor actor) : ICommandHandler<TestConnectionCommand, ConnectionCheck>
{
    public async ValueTask<ConnectionCheck> Handle(TestConnectionCommand command, CancellationToken ct)
    {
        if (!throttle.TryTake(command.ConnectionId, actor.RequireUser()))
        {
            throw new LimitExceededException("Too many connection tests; wait a minute and try again.");
        }

        using var credentials = await sender.Send(new UnwrapCredentialsQuery(command.ConnectionId, TestConnectionCommand.Purpose,
            actor.RequireUser()), ct);
        var connector = connectors.Single(c => c.Engine == credentials.Settings.Engine);
        var target = new ConnectionTarget(credentials.WorkspaceId, command.ConnectionId.Value, Guid.Empty, credentials.Settings,
            credentials.Settings.PerPerson ? actor.RequireUser().Value : null);
        return await connector.TestAsync(target, credentials.Password?.Reveal(), ct);
    }
}
