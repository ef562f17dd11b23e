using FluentValidation;

namespace Deepnote.Application.Access.Authorization.ExplainAccess;

internal sealed class ExplainAccessQueryValidator : AbstractValidator<ExplainAccessQuery>
{
    public ExplainAccessQueryValidator() =>
        RuleFor(q => q.Action).Must(ExplainAccessQuery.Actions.ContainsKey)
            .WithMessage("One of " + string.Join(", ", ExplainAccessQuery.Actions.Keys) + ".");
}
