using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

internal sealed class ListGuestProjectsQueryValidator : FluentValidation.AbstractValidator<ListGuestProjectsQuery>
{
    public ListGuestProjectsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
