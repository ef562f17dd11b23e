using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections;

/// <summary>What new credentials and a move share: a new shared password is sealed under the workspace key before
/// the change; once the change is saved, the superseded password is destroyed (in the same transaction) and the
/// result cache emptied, so rows read the old way are never served the new way.</summary>
internal static class ConnectionChanges
{
    public static async Task<SealedCredential?> SealNewPasswordAsync(this ISecretStore secrets, IEventStore events,
        IWorkspaceKeyStore keys, TimeProvider clock, Connection connection, string? password, CancellationToken ct)
    {
        if (connection.Settings.PerPerson && !string.IsNullOrEmpty(password))
        {
            throw new RequestValidationException([new FieldError("password",
                "A per-person connection has no shared password: each member enters their own.")]);
        }

        await events.EnsureWorkspaceKeyAsync(keys, connection.WorkspaceId, clock, ct);
        return string.IsNullOrEmpty(password)
            ? null
            : await secrets.SealAsync(connection.WorkspaceId, SecretPurposes.ConnectionPassword, connection.Id.Value, password, ct);
    }

    public static async Task SaveChangeAsync(this IEventStore events, ISecretStore secrets, ISender sender,
        Connection connection, Guid? superseded, string reason, CancellationToken ct)
    {
        await events.SaveAsync(connection, ct);
        if (superseded is { } old) await secrets.DestroyAsync(connection.WorkspaceId, old, ct);
        await sender.Send(new Caching.Contracts.InvalidateConnectionCache.InvalidateConnectionCacheCommand(connection.Id,
            connection.WorkspaceId, reason), ct);
    }
}
