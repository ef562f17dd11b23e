using Deepnote.Api.GraphQL.Access;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Execution;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.CancelExecution;
using Deepnote.Application.Execution.ExecuteQuery;
using Deepnote.Application.Execution.GetExecution;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Execution;

/// <summary>Project.executions, added to the access module's Project type.</summary>
public sealed class ProjectExecutionsField : IObjectTypeExtension<ProjectGraphType>
{
    public void Extend(ProjectGraphType project) =>
        project.Field<NonNullGraphType<ConnectionGraphType<ExecutionGraphType, ExecutionDto>>>("executions")
            .Description("Recent runs, newest first: who ran what and how it ended (no rows).")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new Application.Execution.ListExecutions.ListProjectExecutionsQuery(
                c.Source.Id, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
}
