using System.Security.Cryptography;
using System.Text;
using Deepnote.Application.Caching.Keys;
using Deepnote.Application.Caching.Ports;
using Deepnote.Domain.Caching;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.GetCacheSlot;

/// <summary>The key covers workspace, connection, credential version and where and as whom it connects, the exact
/// SQL, the limits (as parameters), the files read and the data-access scope on the connection (its grant), so an
/// entry is shared only by people holding the same grant; every hit is then served only inside a request the
/// policy has just authorised.</summary>
internal sealed class GetCacheSlotQueryHandler(IResultCacheStore store) : IQueryHandler<GetCacheSlotQuery, CacheSlot?>
{
    public async ValueTask<CacheSlot?> Handle(GetCacheSlotQuery query, CancellationToken ct)
    {
        var (mode, ttl) = await store.GetPolicyAsync(query.Connection.Id, ct);
        if (mode != CachePolicyMode.Ttl || ttl is not { } seconds) return null;

        var connection = query.Connection;
        var s = connection.Settings;
        var material = string.Join('\n', "deepnote-cache:v2", query.WorkspaceId, connection.Id,
            connection.CredentialVersion.ToString("N"), $"{s.Engine}|{s.Host}|{s.Port}|{s.Database}|{s.Username}|{s.SslMode}",
            CacheKeySql.Normalise(query.Sql), $"maxRows={query.MaxRows};maxBytes={query.MaxBytes}",
            $"scope=grant:{connection.Id}", $"files={string.Join(',', query.Files)}");
        return new CacheSlot(SHA256.HashData(Encoding.UTF8.GetBytes(material)), Math.Min(seconds, query.TtlCapSeconds));
    }
}
