using Deepnote.Api.Security;
using Deepnote.Application.Caching.Entries.ExpireCache;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>Every minute: deletes expired cache entries (a lookup never serves one; this frees the space).</summary>
public sealed class CacheExpiryJob(IServiceScopeFactory scopes)
{
    public const string Id = "cache-expiry";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireCacheCommand(), ct);
    }
}
