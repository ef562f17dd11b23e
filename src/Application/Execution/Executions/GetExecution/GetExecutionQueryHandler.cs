using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.CanReachProject;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Ports;
using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Executions.GetExecution;

/// <summary>Rows only while the owner may still do what the run did (<see cref="RunRights"/>); once that lapses, on
/// whichever node it lapsed, the result is dropped here. The record stays visible while they still reach the project.</summary>
internal sealed class GetExecutionQueryHandler(ISender sender, ExecutionRegistry registry, IExecutionReader reader,
    RunRights rights, ICurrentActor actor, TimeProvider clock) : IQueryHandler<GetExecutionQuery, ExecutionDto>
{
    public async ValueTask<ExecutionDto> Handle(GetExecutionQuery query, CancellationToken ct)
    {
        var user = actor.RequireUser();
        var notFound = new NotFoundException($"Execution {query.ExecutionId} was not found.");
        if (registry.Find(query.ExecutionId, user, actor.TokenWorkspace) is { } run)
        {
            if (await rights.HoldAsync(run.Target, ct)) return ExecutionDto.From(run, clock);
            registry.Drop(run, RunningExecution.AccessChanged);
        }

        var recorded = await reader.GetAsync(query.ExecutionId, ct);
        return recorded is not null && recorded.ActorId == user
               && (actor.TokenWorkspace is null || actor.TokenWorkspace == recorded.WorkspaceId)
               && await sender.Send(new CanReachProjectQuery(recorded.ProjectId, user), ct)
            ? recorded
            : throw notFound;
    }
}
