using Deepnote.Application.Common.Validation;
using FluentValidation;

namespace Deepnote.Application.Identity.Users.RequestPasswordReset;

internal sealed class RequestPasswordResetCommandValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetCommandValidator() => RuleFor(c => c.Email).ValidEmail();
}
