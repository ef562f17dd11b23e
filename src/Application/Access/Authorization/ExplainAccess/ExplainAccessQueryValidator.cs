using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Authorization.ExplainAccess;

internal sealed class ExplainAccessQueryValidator : AbstractValidator<ExplainAccessQuery>
{
    public ExplainAccessQueryValidator() =>
        RuleFor(q => q.Action).Must(ExplainAccessQuery.Actions.ContainsKey)
            .WithMessage("One of " + string.Join(", ", ExplainAccessQuery.Actions.Keys) + ".");
}
