using Deepnote.Domain.Access.Projects;
using FluentValidation;

namespace Deepnote.Application.Access.Projects.CreateProject;

internal sealed class CreateProjectCommandValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectCommandValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the project.")
            .MaximumLength(Project.MaxNameLength);
        RuleFor(c => c.DefaultAccess).IsInEnum();
    }
}
