using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Execution.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Execution.Executions.ListProjectExecutions;

internal sealed class ListProjectExecutionsQueryValidator : AbstractValidator<ListProjectExecutionsQuery>
{
    public ListProjectExecutionsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
