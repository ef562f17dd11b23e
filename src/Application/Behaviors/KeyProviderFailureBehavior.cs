using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys.Events;
using Mediator;

namespace Deepnote.Application.Behaviors;

/// <summary>When a request fails closed because the key provider is unreachable, the failure is recorded (in a
/// transaction of its own, after the request's own transaction rolled back) in the audit chain of the workspace
/// the request acted in, then the error goes on to the caller as UNAVAILABLE.</summary>
public sealed class KeyProviderFailureBehavior<TMessage, TResponse>(RequestContext context, IEventStore events,
    TimeProvider clock) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (KeyProviderUnavailableException ex) when (context.Depth == 1)
        {
            var chain = context.Workspace ?? AuditChains.Platform;
            var now = clock.GetUtcNow();
            await events.AppendStandaloneAsync(SecurityStream.For(chain, now), chain,
                new KeyProviderUnavailable(typeof(TMessage).Name, ex.Provider, now), CancellationToken.None);
            throw;
        }
    }
}
