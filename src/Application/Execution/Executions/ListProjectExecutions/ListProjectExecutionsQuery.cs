using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Executions.ListProjectExecutions;

/// <summary>A project's run history, newest first, for anyone who may view the project: who ran what (by hash),
/// when, how it ended. Metadata only; rows stay with the person who ran the query.</summary>
public sealed record ListProjectExecutionsQuery(ProjectId ProjectId, int? First, string? After)
    : IQuery<Page<ExecutionDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.View);
}
