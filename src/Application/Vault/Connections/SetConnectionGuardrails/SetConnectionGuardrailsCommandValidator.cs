using Deepnote.Application.Common;
using FluentValidation;

namespace Deepnote.Application.Vault.Connections.SetConnectionGuardrails;

internal sealed class SetConnectionGuardrailsCommandValidator : AbstractValidator<SetConnectionGuardrailsCommand>
{
    public SetConnectionGuardrailsCommandValidator(ExecutionLimits limits)
    {
        RuleFor(c => c.Guardrails.TimeoutSeconds).InclusiveBetween(1, limits.MaxTimeoutSeconds)
            .When(c => c.Guardrails.TimeoutSeconds is not null).OverridePropertyName("timeoutSeconds");
        RuleFor(c => c.Guardrails.MaxRows).InclusiveBetween(1, limits.MaxRows)
            .When(c => c.Guardrails.MaxRows is not null).OverridePropertyName("maxRows");
        RuleFor(c => c.Guardrails.MaxBytes).InclusiveBetween(1024, limits.MaxBytes)
            .When(c => c.Guardrails.MaxBytes is not null).OverridePropertyName("maxBytes");
    }
}
