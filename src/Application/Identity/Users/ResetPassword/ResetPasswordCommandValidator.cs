using Deepnote.Application.Identity.Passwords;
using FluentValidation;

namespace Deepnote.Application.Identity.Users.ResetPassword;

internal sealed class ResetPasswordCommandValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Password).StrongPassword();
    }
}
