using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access.Events;
using Mediator;

namespace Deepnote.Application.Behaviors;

/// <summary>Asks the access policy whether the actor may send this request, before anything else looks at it
/// (validation included: an outsider learns nothing from field messages). A denial is recorded by the
/// <see cref="DenialLog"/> as <see cref="AccessDenied"/> in the targeted workspace's chain, in a transaction of its
/// own, so the attempt is on record although the request fails. A message that declares no requirement is refused
/// (fail closed).</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(IAuthorizationPolicy policy, RequestContext context,
    DenialLog denials) : IPipelineBehavior<TMessage, TResponse>
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
            if (context.Depth == 1) (context.Workspace, context.Operation) = (decision.AuditWorkspace, typeof(TMessage).Name);
            return await next(message, cancellationToken);
        }

        if (decision.Outcome == DecisionOutcome.Unauthenticated) throw decision.ToException();

        await denials.RecordAsync(typeof(TMessage).Name, decision.Reason, decision.AuditWorkspace, requirement.Target,
            cancellationToken);

        throw decision.ToException();
    }
}
