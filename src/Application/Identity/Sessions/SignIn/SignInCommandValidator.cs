using FluentValidation;

namespace Deepnote.Application.Identity.Sessions.SignIn;

internal sealed class SignInCommandValidator : AbstractValidator<SignInCommand>
{
    public SignInCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(Passwords.PasswordRules.MaxLength);
    }
}
