using Deepnote.Application.Identity.Passwords;
using FluentValidation;

namespace Deepnote.Application.Identity.Users.CompleteSignUp;

internal sealed class CompleteSignUpCommandValidator : AbstractValidator<CompleteSignUpCommand>
{
    public CompleteSignUpCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Password).StrongPassword();
    }
}
