using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Keys.DestroyWorkspaceKey;

internal sealed class DestroyWorkspaceKeyCommandValidator : AbstractValidator<DestroyWorkspaceKeyCommand>
{
    public DestroyWorkspaceKeyCommandValidator() =>
        RuleFor(c => c.Confirmation).Must((c, confirmation) => confirmation == c.WorkspaceId.Value.ToString())
            .WithMessage("Type the workspace id to confirm: this cannot be undone.");
}
