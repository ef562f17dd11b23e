using Deepnote.Application.Common.Validation;
using FluentValidation;

namespace Deepnote.Application.Access.Workspaces.InviteMember;

internal sealed class InviteMemberCommandValidator : AbstractValidator<InviteMemberCommand>
{
    public InviteMemberCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Role).IsInEnum();
    }
}
