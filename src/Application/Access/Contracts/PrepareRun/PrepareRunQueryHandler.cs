using Deepnote.Application.Access.Ports;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Mediator;

namespace Deepnote.Application.Access.Contracts.PrepareRun;

internal sealed class PrepareRunQueryHandler(IRunContextReader projects, IAuthorizationPolicy policy, DenialLog denials,
    RequestContext request) : IQueryHandler<PrepareRunQuery, PreparedRun>
{
    public async ValueTask<PreparedRun> Handle(PrepareRunQuery query, CancellationToken ct)
    {
        var context = await projects.GetRunContextAsync(query.ProjectId, query.BlockId, ct)
            ?? throw new NotFoundException("This project was not found, or you cannot see it.");
        if (query.BlockId is null)
        {
            return new PreparedRun(context.WorkspaceId, context.UseCache, query.ConnectionId!.Value, query.Sql!,
                context.QuerySettings);
        }

        if (context is not { BlockConnection: { } connection, BlockSql: { } sql })
        {
            throw new NotFoundException("This block is not in this project (it may have been removed).");
        }

        var decision = await policy.DecideAsync(
            AccessRequirement.ToRun(query.ProjectId, null, connection, ProjectAccess.Execute), nested: false, ct);
        if (!decision.Allowed)
        {
            await denials.RecordAsync(request.Operation ?? nameof(PrepareRunQuery), decision.Reason,
                decision.AuditWorkspace, query.ProjectId.Value, ct);
            throw decision.ToException();
        }

        return new PreparedRun(context.WorkspaceId, context.UseCache, connection, sql, context.QuerySettings);
    }
}
