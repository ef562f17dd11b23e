using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.UpdateSqlBlock;

public sealed record UpdateSqlBlockCommand(ProjectId ProjectId, BlockId BlockId, ConnectionId ConnectionId, string Sql)
    : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}
