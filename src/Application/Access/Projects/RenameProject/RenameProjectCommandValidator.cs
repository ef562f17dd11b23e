using Deepnote.Domain.Access.Projects;
using FluentValidation;

namespace Deepnote.Application.Access.Projects.RenameProject;

internal sealed class RenameProjectCommandValidator : AbstractValidator<RenameProjectCommand>
{
    public RenameProjectCommandValidator() =>
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).MaximumLength(Project.MaxNameLength);
}
