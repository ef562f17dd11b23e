using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

internal sealed class InviteGuestCommandValidator : AbstractValidator<InviteGuestCommand>
{
    public InviteGuestCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Access).IsInEnum().Must(a => a is not (ProjectAccess.None or ProjectAccess.FullAccess))
            .WithMessage("A guest gets APP_USER, VIEW, EXECUTE or EDIT.");
    }
}
