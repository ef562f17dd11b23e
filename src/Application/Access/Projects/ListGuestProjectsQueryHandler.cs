using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

internal sealed class ListGuestProjectsQueryHandler(IProjectReader projects, ICurrentActor actor)
    : IQueryHandler<ListGuestProjectsQuery, Page<ProjectDto>>
{
    public async ValueTask<Page<ProjectDto>> Handle(ListGuestProjectsQuery query, CancellationToken ct) =>
        Paging.Slice(await projects.ListGuestProjectsAsync(actor.RequireUser(), ct), query.First, query.After);
}
