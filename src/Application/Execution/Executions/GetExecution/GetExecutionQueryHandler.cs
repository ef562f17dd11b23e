using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.CanReachProject;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Ports;
using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Executions.GetExecution;

internal sealed class GetExecutionQueryHandler(ISender sender, ExecutionRegistry registry, IExecutionReader reader,
    ICurrentActor actor, TimeProvider clock) : IQueryHandler<GetExecutionQuery, ExecutionDto>
{
    public async ValueTask<ExecutionDto> Handle(GetExecutionQuery query, CancellationToken ct)
    {
        var user = actor.RequireUser();
        if (registry.Find(query.ExecutionId, user, actor.TokenWorkspace) is { } run)
        {
            // Only while the person still reaches the project (a removal on another node dropped nothing here).
            return await sender.Send(new CanReachProjectQuery(run.Target.ProjectId, user), ct)
                ? ExecutionDto.From(run, clock)
                : throw new NotFoundException($"Execution {query.ExecutionId} was not found.");
        }

        var recorded = await reader.GetAsync(query.ExecutionId, ct);
        return recorded is not null && recorded.ActorId == user
               && (actor.TokenWorkspace is null || actor.TokenWorkspace == recorded.WorkspaceId)
            ? recorded
            : throw new NotFoundException($"Execution {query.ExecutionId} was not found.");
    }
}
