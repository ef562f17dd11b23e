using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Domain.Vault.Connections.Events;
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
        if (connection.SecretId is not { } secretId) return new UnwrappedCredentials(connection.Settings, null);

        // Committed on its own, at once: the record stands even if the caller's work fails, and the caller's
        // transaction does not hold the workspace's chain lock while a query runs.
        await events.AppendStandaloneAsync(SecretUseStream(connection.Id), connection.WorkspaceId.Value,
            new SecretUnwrapped(connection.Id, connection.WorkspaceId, query.Purpose, clock.GetUtcNow()), ct);
        var secret = await secrets.OpenAsync(connection.WorkspaceId, SecretPurposes.ConnectionPassword, connection.Id.Value,
            secretId, ct);
        return new UnwrappedCredentials(connection.Settings, secret);
    }

    public static Guid SecretUseStream(ConnectionId connection) => DerivedId.From(connection.Value, "secret-use");
}
