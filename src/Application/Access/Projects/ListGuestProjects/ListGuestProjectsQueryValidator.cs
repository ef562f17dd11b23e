using Deepnote.Application.Common;

namespace Deepnote.Application.Access.Projects.ListGuestProjects;

internal sealed class ListGuestProjectsQueryValidator : FluentValidation.AbstractValidator<ListGuestProjectsQuery>
{
    public ListGuestProjectsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
