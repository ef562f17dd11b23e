using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects;

/// <summary>A project for anyone with at least APP_USER on it; the details below it ask for more.</summary>
public sealed record GetProjectQuery(ProjectId ProjectId) : IQuery<ProjectDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.AppUser);
}

internal sealed class GetProjectQueryHandler(IProjectReader projects, IAccessFacts facts, ICurrentActor actor)
    : IQueryHandler<GetProjectQuery, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(GetProjectQuery query, CancellationToken ct)
    {
        var standing = await facts.GetProjectAccessAsync(query.ProjectId, actor.RequireUser(), ct)
            ?? throw new NotFoundException($"Project {query.ProjectId} was not found.");
        return await projects.GetAsync(query.ProjectId, standing.Effective, ct)
            ?? throw new NotFoundException($"Project {query.ProjectId} was not found.");
    }
}

/// <summary>Blocks and shares: VIEW and above.</summary>
public sealed record GetProjectContentQuery(ProjectId ProjectId) : IQuery<ProjectContent>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.View);
}

public sealed record ProjectContent(IReadOnlyList<ProjectBlockDto> Blocks, IReadOnlyList<ProjectShareDto> Shares);

internal sealed class GetProjectContentQueryHandler(IProjectReader projects)
    : IQueryHandler<GetProjectContentQuery, ProjectContent>
{
    public async ValueTask<ProjectContent> Handle(GetProjectContentQuery query, CancellationToken ct) =>
        new(await projects.BlocksAsync(query.ProjectId, ct), await projects.SharesAsync(query.ProjectId, ct));
}

/// <summary>The projects of a workspace the caller can reach.</summary>
public sealed record ListProjectsQuery(WorkspaceId WorkspaceId, int? First = null, string? After = null)
    : IQuery<Page<ProjectDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}

internal sealed class ListProjectsQueryHandler(IProjectReader projects, ICurrentActor actor)
    : IQueryHandler<ListProjectsQuery, Page<ProjectDto>>
{
    public async ValueTask<Page<ProjectDto>> Handle(ListProjectsQuery query, CancellationToken ct) =>
        Paging.Slice(await projects.ListAsync(query.WorkspaceId, actor.RequireUser(), ct), query.First, query.After);
}

internal sealed class ListProjectsQueryValidator : FluentValidation.AbstractValidator<ListProjectsQuery>
{
    public ListProjectsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
