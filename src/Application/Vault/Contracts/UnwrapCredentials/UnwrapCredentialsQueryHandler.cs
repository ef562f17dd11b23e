using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections.Events;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.UnwrapCredentials;

internal sealed class UnwrapCredentialsQueryHandler(IEventStore events, IVaultReader reader, ISecretStore secrets,
    TimeProvider clock) : IQueryHandler<UnwrapCredentialsQuery, UnwrappedCredentials>
{
    /// <summary>Reads the connection's projection (one row) rather than replaying its stream, and appends
    /// <c>SecretUnwrapped</c> to the connection's own secret-use stream (in the workspace's chain, committed before the
    /// secret is opened), so the connection's stream stays as short as its changes however many queries run.</summary>
    public async ValueTask<UnwrappedCredentials> Handle(UnwrapCredentialsQuery query, CancellationToken ct)
    {
        var connection = await reader.GetProfileAsync(query.ConnectionId, ct)
            ?? throw new NotFoundException($"Connection {query.ConnectionId} was not found.");
        if (connection.SecretId is not { } secretId) return new UnwrappedCredentials(connection.WorkspaceId.Value, connection.Settings, null);

        // Committed on its own, at once: the record stands even if the caller's work fails, and the caller's
        // transaction does not hold the workspace's chain lock while a query runs.
        await events.AppendStandaloneAsync(SecretUseStream(connection.Id), connection.WorkspaceId.Value,
            new SecretUnwrapped(connection.Id, connection.WorkspaceId, query.Purpose, clock.GetUtcNow()), ct);
        var secret = await secrets.OpenAsync(connection.WorkspaceId, SecretPurposes.ConnectionPassword, connection.Id.Value,
            secretId, ct);
        return new UnwrappedCredentials(connection.WorkspaceId.Value, connection.Settings, secret);
    }

    public static Guid SecretUseStream(ConnectionId connection) => DerivedId.From(connection.Value, "secret-use");
}
