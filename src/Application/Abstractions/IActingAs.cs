using Mediator;

namespace Deepnote.Application.Abstractions;

/// <summary>Sends requests in a scope of their own, as a captured actor: work that arrives from another node or finishes
/// after its request is authorized and recorded exactly as the person's own request would be.</summary>
public interface IActingAs
{
    Task<T> SendAsAsync<T>(ActorSnapshot actor, Func<ISender, Task<T>> work, CancellationToken ct);
}
