using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.SetProjectCacheUse;

/// <summary>The project's "use cache" switch (on by default): off, its runs never read or fill the result cache,
/// whatever the connections' policies say. FULL_ACCESS decides it.</summary>
public sealed record SetProjectCacheUseCommand(ProjectId ProjectId, bool UseCache) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}
