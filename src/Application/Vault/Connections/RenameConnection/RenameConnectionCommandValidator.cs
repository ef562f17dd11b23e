using FluentValidation;

namespace Deepnote.Application.Vault.Connections.RenameConnection;

internal sealed class RenameConnectionCommandValidator : AbstractValidator<RenameConnectionCommand>
{
    public RenameConnectionCommandValidator() => RuleFor(c => c.Name).ConnectionName();
}
