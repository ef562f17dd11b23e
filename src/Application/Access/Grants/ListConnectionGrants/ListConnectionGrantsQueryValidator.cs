using Deepnote.Application.Common;
using FluentValidation;

namespace Deepnote.Application.Access.Grants.ListConnectionGrants;

internal sealed class ListConnectionGrantsQueryValidator : AbstractValidator<ListConnectionGrantsQuery>
{
    public ListConnectionGrantsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
