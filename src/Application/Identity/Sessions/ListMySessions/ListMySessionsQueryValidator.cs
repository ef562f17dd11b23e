using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.ListMySessions;

internal sealed class ListMySessionsQueryValidator : FluentValidation.AbstractValidator<ListMySessionsQuery>
{
    public ListMySessionsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
