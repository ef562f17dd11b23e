using Deepnote.Application.Identity.Passwords;
using FluentValidation;

namespace Deepnote.Application.Identity.Users.ChangePassword;

internal sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        RuleFor(c => c.NewPassword).StrongPassword().NotEqual(c => c.CurrentPassword).WithMessage("Choose a different password.");
    }
}
