using Deepnote.Application.Identity.Passwords;
using FluentValidation;

namespace Deepnote.Application.Identity.Users.AcceptInvitation;

internal sealed class AcceptInvitationCommandValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Password).StrongPassword();
    }
}
