using FluentValidation;

namespace Deepnote.Application.Vault.Connections.UpdateConnectionCredentials;

internal sealed class UpdateConnectionCredentialsCommandValidator : AbstractValidator<UpdateConnectionCredentialsCommand>
{
    public UpdateConnectionCredentialsCommandValidator()
    {
        RuleFor(c => c.Username).Username();
        RuleFor(c => c.Password).Password();
    }
}
