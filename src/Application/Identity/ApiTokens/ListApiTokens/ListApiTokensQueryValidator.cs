using Deepnote.Application.Common;
using FluentValidation;

namespace Deepnote.Application.Identity.ApiTokens.ListApiTokens;

internal sealed class ListApiTokensQueryValidator : AbstractValidator<ListApiTokensQuery>
{
    public ListApiTokensQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
