using Deepnote.Domain.Access.Projects;
using FluentValidation;

namespace Deepnote.Application.Access.Projects.UpdateSqlBlock;

internal sealed class UpdateSqlBlockCommandValidator : AbstractValidator<UpdateSqlBlockCommand>
{
    public UpdateSqlBlockCommandValidator() => RuleFor(c => c.Sql).NotEmpty().MaximumLength(Project.MaxSqlLength);
}
