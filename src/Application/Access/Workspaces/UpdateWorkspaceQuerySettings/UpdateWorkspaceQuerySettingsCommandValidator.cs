using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

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
