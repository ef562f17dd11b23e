using Deepnote.Domain.Access.Projects;
using FluentValidation;

namespace Deepnote.Application.Access.Projects.AddSqlBlock;

internal sealed class AddSqlBlockCommandValidator : AbstractValidator<AddSqlBlockCommand>
{
    public AddSqlBlockCommandValidator() => RuleFor(c => c.Sql).NotEmpty().MaximumLength(Project.MaxSqlLength);
}
