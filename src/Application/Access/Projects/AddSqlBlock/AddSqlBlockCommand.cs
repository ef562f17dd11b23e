using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.AddSqlBlock;

public sealed record AddSqlBlockCommand(ProjectId ProjectId, ConnectionId ConnectionId, string Sql) : ICommand<BlockId>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}
