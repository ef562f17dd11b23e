using FluentValidation;

namespace Deepnote.Application.Vault.Keys.DestroyWorkspaceKey;

internal sealed class DestroyWorkspaceKeyCommandValidator : AbstractValidator<DestroyWorkspaceKeyCommand>
{
    public DestroyWorkspaceKeyCommandValidator() =>
        RuleFor(c => c.Confirmation).Must((c, confirmation) => confirmation == c.WorkspaceId.Value.ToString())
            .WithMessage("Type the workspace id to confirm: this cannot be undone.");
}
