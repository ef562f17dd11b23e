using Deepnote.Application.Common;

namespace Deepnote.Application.Access.Workspaces.ListMyWorkspaces;

internal sealed class ListMyWorkspacesQueryValidator : FluentValidation.AbstractValidator<ListMyWorkspacesQuery>
{
    public ListMyWorkspacesQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
