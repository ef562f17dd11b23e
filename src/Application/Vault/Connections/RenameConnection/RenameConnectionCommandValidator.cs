using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Connections.RenameConnection;

internal sealed class RenameConnectionCommandValidator : AbstractValidator<RenameConnectionCommand>
{
    public RenameConnectionCommandValidator() => RuleFor(c => c.Name).ConnectionName();
}
