using FluentValidation;

namespace Deepnote.Application.Vault.Connections.CreateConnection;

internal sealed class CreateConnectionCommandValidator : AbstractValidator<CreateConnectionCommand>
{
    public CreateConnectionCommandValidator()
    {
        RuleFor(c => c.Name).ConnectionName();
        RuleFor(c => c.Password).Password();
        RuleFor(c => c.Settings.Username).Username().OverridePropertyName("username");
        this.ValidSettings(c => c.Settings);
    }
}
