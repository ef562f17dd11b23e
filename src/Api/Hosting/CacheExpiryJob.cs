using Deepnote.Api.Security;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Ports;
using Deepnote.Application.Execution.Running;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Caching.Entries.ExpireCache;
using Deepnote.Application.Execution.Executions.RecordExecutionOutcome;

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
