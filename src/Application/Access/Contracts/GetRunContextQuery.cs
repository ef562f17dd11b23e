using Deepnote.Application.Access.Projects;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

/// <summary>What the execution module needs of a project to run in it: its workspace, its "use cache" switch and,
/// for a saved block, the block's connection and SQL, and the workspace's query settings.</summary>
public sealed record GetRunContextQuery(ProjectId ProjectId, BlockId? BlockId) : IQuery<RunContext>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

public sealed record RunContext(WorkspaceId WorkspaceId, bool UseCache, ConnectionId? BlockConnection, string? BlockSql,
    WorkspaceQuerySettings QuerySettings);

internal sealed class GetRunContextQueryHandler(IProjectReader projects) : IQueryHandler<GetRunContextQuery, RunContext>
{
    public async ValueTask<RunContext> Handle(GetRunContextQuery query, CancellationToken ct)
    {
        var context = await projects.GetRunContextAsync(query.ProjectId, query.BlockId, ct)
            ?? throw new NotFoundException($"Project {query.ProjectId} was not found.");
        if (query.BlockId is not null && context.BlockSql is null)
        {
            throw new NotFoundException($"Block {query.BlockId} was not found in this project.");
        }

        return context;
    }
}
