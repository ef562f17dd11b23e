using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Projects.ListGuestProjects;

/// <summary>The projects the signed-in person is a guest of.</summary>
public sealed record ListGuestProjectsQuery(int? First = null, string? After = null) : IQuery<Page<ProjectDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Person;
}
