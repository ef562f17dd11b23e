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
        RuleFor(c => c.Password).Empty().When(c => c.Settings.PerPerson)
            .WithMessage("A per-person connection has no shared password: each member enters their own.");
    }
}
