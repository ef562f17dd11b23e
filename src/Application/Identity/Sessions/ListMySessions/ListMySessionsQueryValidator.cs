using Deepnote.Application.Common;

namespace Deepnote.Application.Identity.Sessions.ListMySessions;

internal sealed class ListMySessionsQueryValidator : FluentValidation.AbstractValidator<ListMySessionsQuery>
{
    public ListMySessionsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
