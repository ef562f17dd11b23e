using Deepnote.Application.Common;

namespace Deepnote.Application.Access.Projects.ListProjects;

internal sealed class ListProjectsQueryValidator : FluentValidation.AbstractValidator<ListProjectsQuery>
{
    public ListProjectsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
