using Deepnote.Domain.Identity.Tokens;
using FluentValidation;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

internal sealed class UpdateWorkspaceSettingsCommandValidator : AbstractValidator<UpdateWorkspaceSettingsCommand>
{
    public UpdateWorkspaceSettingsCommandValidator() =>
        RuleFor(c => c.MaxTokenLifetimeDays).InclusiveBetween(1, ApiToken.MaxLifetimeDays);
}
