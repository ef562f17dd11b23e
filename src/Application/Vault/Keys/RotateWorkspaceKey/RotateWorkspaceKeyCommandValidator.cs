using FluentValidation;

namespace Deepnote.Application.Vault.Keys.RotateWorkspaceKey;

internal sealed class RotateWorkspaceKeyCommandValidator : AbstractValidator<RotateWorkspaceKeyCommand>
{
    public RotateWorkspaceKeyCommandValidator() =>
        RuleFor(c => c.KeyId).MaximumLength(2048).Must(k => k is null || k.Trim().Length > 0)
            .WithMessage("Leave the key id empty to keep the current provider key.");
}
