using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Passwords;
using FluentValidation;

namespace Deepnote.Application.Identity.Setup.CompleteSetup;

internal sealed class CompleteSetupCommandValidator : AbstractValidator<CompleteSetupCommand>
{
    public CompleteSetupCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).StrongPassword();
    }
}
