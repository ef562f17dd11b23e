using Deepnote.Application.Common;

namespace Deepnote.Application.Access.Workspaces.ListMembers;

internal sealed class ListMembersQueryValidator : FluentValidation.AbstractValidator<ListMembersQuery>
{
    public ListMembersQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
