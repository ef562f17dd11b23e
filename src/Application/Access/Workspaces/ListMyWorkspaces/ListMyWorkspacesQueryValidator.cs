using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ListMyWorkspaces;

internal sealed class ListMyWorkspacesQueryValidator : FluentValidation.AbstractValidator<ListMyWorkspacesQuery>
{
    public ListMyWorkspacesQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
