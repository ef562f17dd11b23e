using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Execution.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Execution.ListExecutions;

/// <summary>A project's run history, newest first, for anyone who may view the project: who ran what (by hash),
/// when, how it ended. Metadata only; rows stay with the person who ran the query.</summary>
public sealed record ListProjectExecutionsQuery(ProjectId ProjectId, int? First, string? After)
    : IQuery<Page<ExecutionDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.View);
}

internal sealed class ListProjectExecutionsQueryValidator : AbstractValidator<ListProjectExecutionsQuery>
{
    public ListProjectExecutionsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}

internal sealed class ListProjectExecutionsQueryHandler(IExecutionReader reader)
    : IQueryHandler<ListProjectExecutionsQuery, Page<ExecutionDto>>
{
    public async ValueTask<Page<ExecutionDto>> Handle(ListProjectExecutionsQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await reader.ListForProjectAsync(query.ProjectId, Paging.Size(query.First), offset, ct);
    }
}
