using Deepnote.Application.Common.Validation;
using Deepnote.Domain.Access;
using FluentValidation;

namespace Deepnote.Application.Access.Projects.InviteGuest;

internal sealed class InviteGuestCommandValidator : AbstractValidator<InviteGuestCommand>
{
    public InviteGuestCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Access).IsInEnum().Must(a => a is not (ProjectAccess.None or ProjectAccess.FullAccess))
            .WithMessage("A guest gets APP_USER, VIEW, EXECUTE or EDIT.");
    }
}
