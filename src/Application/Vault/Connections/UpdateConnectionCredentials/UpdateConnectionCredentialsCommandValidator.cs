using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Connections.UpdateConnectionCredentials;

internal sealed class UpdateConnectionCredentialsCommandValidator : AbstractValidator<UpdateConnectionCredentialsCommand>
{
    public UpdateConnectionCredentialsCommandValidator()
    {
        RuleFor(c => c.Username).Username();
        RuleFor(c => c.Password).Password();
    }
}
