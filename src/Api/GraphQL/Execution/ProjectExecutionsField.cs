using Deepnote.Api.GraphQL.Access;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Execution;
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
            .ResolveAsync(async c => await c.SendAsync(new Application.Execution.Executions.ListProjectExecutions.ListProjectExecutionsQuery(
                c.Source.Id, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
}
