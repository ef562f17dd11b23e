using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
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
            ?? throw new NotFoundException("This connection was not found, or you cannot see it.");
        var (settings, purpose, record, secretId) = (connection.Settings, SecretPurposes.ConnectionPassword, connection.Id.Value,
            connection.SecretId);
        if (settings.PerPerson)
        {
            var own = query.RunAs is { } person ? await reader.GetPersonalCredentialAsync(connection.Id, person, ct) : null;
            if (own is null)
            {
                throw new RequestValidationException([new FieldError("connectionId",
                    GetConnectionProfile.GetConnectionProfileQueryHandler.CredentialsNeeded)]);
            }

            (settings, purpose, record, secretId) = (settings with { Username = own.Username }, SecretPurposes.PersonalPassword,
                PersonalCredential.StreamFor(connection.Id, query.RunAs!.Value), own.SecretId);
        }

        if (secretId is not { } id) return new UnwrappedCredentials(connection.WorkspaceId.Value, settings, null);

        // Committed on its own, at once: the record stands even if the caller's work fails, and the caller's
        // transaction does not hold the workspace's chain lock while a query runs.
        await events.AppendStandaloneAsync(SecretUseStream(connection.Id), connection.WorkspaceId.Value,
            new SecretUnwrapped(connection.Id, connection.WorkspaceId, query.Purpose, clock.GetUtcNow()), ct);
        var secret = await secrets.OpenAsync(connection.WorkspaceId, purpose, record, id, ct);
        return new UnwrappedCredentials(connection.WorkspaceId.Value, settings, secret);
    }

    public static Guid SecretUseStream(ConnectionId connection) => DerivedId.From(connection.Value, "secret-use");
}
