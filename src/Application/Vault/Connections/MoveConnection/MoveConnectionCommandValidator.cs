using FluentValidation;

namespace Deepnote.Application.Vault.Connections.MoveConnection;

/// <summary>The password's own rules here; the engine's rules for host, port and database once the connection is loaded
/// (<see cref="MoveConnectionCommandHandler"/>), since only it knows its engine.</summary>
internal sealed class MoveConnectionCommandValidator : AbstractValidator<MoveConnectionCommand>
{
    public MoveConnectionCommandValidator() => RuleFor(c => c.Password).Password();
}
