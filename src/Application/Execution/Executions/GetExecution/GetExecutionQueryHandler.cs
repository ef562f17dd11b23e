using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.CanReachProject;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Ports;
using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Executions.GetExecution;

/// <summary>Rows only while the owner may still do what the run did (<see cref="RunRights"/>); once that lapses, on
/// whichever node it lapsed, the result is dropped. A run held by another node is answered by that node. The record
/// stays visible while the owner still reaches the project.</summary>
internal sealed class GetExecutionQueryHandler(ISender sender, ExecutionRegistry registry, IExecutionCluster cluster,
    IExecutionReader reader, RunRights rights, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<GetExecutionQuery, ExecutionDto>
{
    public async ValueTask<ExecutionDto> Handle(GetExecutionQuery query, CancellationToken ct)
    {
        var user = actor.RequireUser();
        if (registry.Find(query.ExecutionId, user, actor.TokenWorkspace) is { } run)
        {
            if (await rights.KeepAsync(run, ct)) return ExecutionDto.From(run, clock);
        }
        else if (!query.HereOnly && await cluster.GetAsync(query.ExecutionId, ActorSnapshot.Of(actor), ct) is { } elsewhere)
        {
            return elsewhere;
        }

        var recorded = await reader.GetAsync(query.ExecutionId, ct);
        return recorded is not null && recorded.ActorId == user
               && (actor.TokenWorkspace is null || actor.TokenWorkspace == recorded.WorkspaceId)
               && await sender.Send(new CanReachProjectQuery(recorded.ProjectId, user), ct)
            ? recorded
            : throw new NotFoundException("This run was not found, or you cannot see it.");
    }
}
