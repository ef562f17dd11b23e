using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Connections;

internal static class ConnectionLoader
{
    public static async Task<Connection> LoadConnectionAsync(this IEventStore events, ConnectionId id, CancellationToken ct)
    {
        var connection = await events.AggregateStreamAsync<Connection>(id.Value, ct);
        return connection is { IsDeleted: false } ? connection : throw new NotFoundException($"Connection {id} was not found.");
    }
}
