using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ListMembers;

internal sealed class ListMembersQueryValidator : FluentValidation.AbstractValidator<ListMembersQuery>
{
    public ListMembersQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
