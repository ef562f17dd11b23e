using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Grants.ListConnectionGrants;

internal sealed class ListConnectionGrantsQueryValidator : AbstractValidator<ListConnectionGrantsQuery>
{
    public ListConnectionGrantsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
