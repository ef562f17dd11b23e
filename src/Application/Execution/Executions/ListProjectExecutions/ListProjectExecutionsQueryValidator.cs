using Deepnote.Application.Common;
using FluentValidation;

namespace Deepnote.Application.Execution.Executions.ListProjectExecutions;

internal sealed class ListProjectExecutionsQueryValidator : AbstractValidator<ListProjectExecutionsQuery>
{
    public ListProjectExecutionsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
