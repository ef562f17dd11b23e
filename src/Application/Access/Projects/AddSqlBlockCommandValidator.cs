using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

internal sealed class AddSqlBlockCommandValidator : AbstractValidator<AddSqlBlockCommand>
{
    public AddSqlBlockCommandValidator() => RuleFor(c => c.Sql).NotEmpty().MaximumLength(Project.MaxSqlLength);
}
