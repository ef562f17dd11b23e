using Deepnote.Application.Common;
using FluentValidation;

namespace Deepnote.Application.Execution.Executions.ExecuteQuery;

internal sealed class ExecuteQueryCommandValidator : AbstractValidator<ExecuteQueryCommand>
{
    public ExecuteQueryCommandValidator(ExecutionLimits limits)
    {
        RuleFor(c => c.BlockId).Null().When(c => c.ConnectionId is not null || c.Sql is not null)
            .WithMessage("Give either a blockId, or a connectionId with sql, not both.");
        RuleFor(c => c.ConnectionId).NotNull().When(c => c.BlockId is null)
            .WithMessage("Ad-hoc SQL needs a connectionId (or give a blockId).");
        RuleFor(c => c.Sql).Must(s => !string.IsNullOrWhiteSpace(s)).When(c => c.BlockId is null)
            .WithMessage("Ad-hoc SQL needs sql (or give a blockId).")
            .MaximumLength(Domain.Access.Projects.Project.MaxSqlLength);
        RuleFor(c => c.MaxRows).InclusiveBetween(1, limits.MaxRows).When(c => c.MaxRows is not null);
        RuleFor(c => c.TimeoutSeconds).InclusiveBetween(1, limits.MaxTimeoutSeconds).When(c => c.TimeoutSeconds is not null);
        RuleFor(c => c.WaitSeconds).InclusiveBetween(0, limits.MaxWaitSeconds).When(c => c.WaitSeconds is not null);
    }
}
