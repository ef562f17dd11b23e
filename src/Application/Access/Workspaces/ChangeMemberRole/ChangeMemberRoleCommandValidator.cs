using FluentValidation;

namespace Deepnote.Application.Access.Workspaces.ChangeMemberRole;

internal sealed class ChangeMemberRoleCommandValidator : AbstractValidator<ChangeMemberRoleCommand>
{
    public ChangeMemberRoleCommandValidator() => RuleFor(c => c.Role).IsInEnum();
}
