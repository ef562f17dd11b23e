using FluentValidation;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;

internal sealed class UpdateWorkspaceQuerySettingsCommandValidator : AbstractValidator<UpdateWorkspaceQuerySettingsCommand>
{
    public UpdateWorkspaceQuerySettingsCommandValidator(Common.ExecutionLimits limits)
    {
        RuleFor(c => c.DefaultTimeoutSeconds).InclusiveBetween(1, limits.MaxTimeoutSeconds).When(c => c.DefaultTimeoutSeconds is not null);
        RuleFor(c => c.DefaultMaxRows).InclusiveBetween(1, limits.MaxRows).When(c => c.DefaultMaxRows is not null);
        RuleFor(c => c.MaxCacheTtlSeconds).InclusiveBetween(1, limits.MaxCacheTtlSeconds).When(c => c.MaxCacheTtlSeconds is not null);
    }
}
