using Deepnote.Domain.Vault.Connections;
using FluentValidation;

namespace Deepnote.Application.Vault.Connections.SetMyConnectionCredentials;

internal sealed class SetMyConnectionCredentialsCommandValidator : AbstractValidator<SetMyConnectionCredentialsCommand>
{
    public SetMyConnectionCredentialsCommandValidator()
    {
        RuleFor(c => c.Username).Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage("Enter your database user name.")
            .MaximumLength(PersonalCredential.MaxUsernameLength);
        RuleFor(c => c.Password).NotEmpty().WithMessage("Enter your database password.")
            .MaximumLength(ConnectionRules.MaxPasswordLength);
    }
}
