using Deepnote.Domain.Access.Workspaces;
using FluentValidation;

namespace Deepnote.Application.Access.Workspaces.CreateWorkspace;

internal sealed class CreateWorkspaceCommandValidator : AbstractValidator<CreateWorkspaceCommand>
{
    public CreateWorkspaceCommandValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the workspace a name.")
            .MaximumLength(Workspace.MaxNameLength);
    }
}
