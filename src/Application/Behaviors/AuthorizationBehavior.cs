using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Behaviors;

/// <summary>Asks the access policy whether the actor may send this request. A denial is appended as
/// <see cref="AccessDenied"/> in a transaction of its own, so the attempt is on record although the request
/// fails. A message that declares no requirement is refused (fail closed).</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(IAuthorizationPolicy policy, RequestContext context,
    IEventStore events, TimeProvider clock) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (message is not IAuthorizedRequest request)
        {
            throw new ForbiddenException($"{typeof(TMessage).Name} declares no access requirement.");
        }

        var requirement = request.RequiredAccess();
        var decision = await policy.DecideAsync(requirement, context.Depth > 1, cancellationToken);
        if (decision.Allowed)
        {
            if (context.Depth == 1) context.Workspace = decision.AuditWorkspace;
            return await next(message, cancellationToken);
        }

        if (decision.Outcome == DecisionOutcome.Unauthenticated) throw new UnauthenticatedException(decision.Reason);

        var chain = decision.AuditWorkspace ?? AuditChains.Platform;
        await events.AppendStandaloneAsync(SecurityStream.For(chain), chain,
            new AccessDenied(typeof(TMessage).Name, decision.Reason, decision.AuditWorkspace, clock.GetUtcNow()),
            cancellationToken);

        if (decision.Outcome == DecisionOutcome.NotFound) throw new NotFoundException(decision.Reason);
        throw new ForbiddenException(decision.Reason);
    }
}
