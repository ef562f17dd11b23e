using Deepnote.Application.Common.Validation;
using FluentValidation;

namespace Deepnote.Application.Identity.Users.SignUp;

internal sealed class SignUpCommandValidator : AbstractValidator<SignUpCommand>
{
    public SignUpCommandValidator() => RuleFor(c => c.Email).ValidEmail();
}
