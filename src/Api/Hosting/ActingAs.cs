using Deepnote.Api.Security;
using Deepnote.Application.Abstractions;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>A scope of its own per piece of work, acting as the captured actor.</summary>
public sealed class ActingAs(IServiceScopeFactory scopes) : IActingAs
{
    public async Task<T> SendAsAsync<T>(ActorSnapshot actor, Func<ISender, Task<T>> work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Restore(actor);
        return await work(scope.ServiceProvider.GetRequiredService<ISender>());
    }
}
