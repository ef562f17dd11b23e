using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>The only way another module obtains a connection's plaintext credentials. Every call appends
/// <c>SecretUnwrapped</c> (who, which connection, why) before the secret is opened; if that append fails, nothing
/// is decrypted. Dispose the result as soon as the driver has it.</summary>
public sealed record UnwrapCredentialsQuery(ConnectionId ConnectionId, string Purpose) : IQuery<UnwrappedCredentials>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

public sealed record UnwrappedCredentials(ConnectionSettings Settings, UnwrappedSecret? Password) : IDisposable
{
    public void Dispose() => Password?.Dispose();

    public override string ToString() => $"{nameof(UnwrappedCredentials)} {{ {Settings.Engine} }}";
}

internal sealed class UnwrapCredentialsQueryHandler(IEventStore events, ISecretStore secrets, TimeProvider clock)
    : IQueryHandler<UnwrapCredentialsQuery, UnwrappedCredentials>
{
    public async ValueTask<UnwrappedCredentials> Handle(UnwrapCredentialsQuery query, CancellationToken ct)
    {
        var connection = await events.AggregateStreamAsync<Connection>(query.ConnectionId.Value, ct)
            ?? throw new NotFoundException($"Connection {query.ConnectionId} was not found.");
        if (connection.Password is not { } password) return new UnwrappedCredentials(connection.Settings, null);

        connection.RecordUnwrap(query.Purpose, clock.GetUtcNow());
        await events.AppendAsync(connection.StreamId, connection.ChainId, null, connection.PendingEvents.ToArray(), ct);
        var secret = await secrets.OpenAsync(connection.WorkspaceId, SecretPurposes.ConnectionPassword, connection.Id.Value,
            password.SecretId, ct);
        return new UnwrappedCredentials(connection.Settings, secret);
    }
}
