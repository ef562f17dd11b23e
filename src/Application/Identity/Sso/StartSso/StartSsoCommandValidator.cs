using Deepnote.Application.Common.Validation;
using FluentValidation;

namespace Deepnote.Application.Identity.Sso.StartSso;

internal sealed class StartSsoCommandValidator : AbstractValidator<StartSsoCommand>
{
    public StartSsoCommandValidator() => RuleFor(c => c.Email!).ValidEmail().When(c => c.WorkspaceId is null);
}
