using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens;

internal sealed class ListApiTokensQueryValidator : AbstractValidator<ListApiTokensQuery>
{
    public ListApiTokensQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
