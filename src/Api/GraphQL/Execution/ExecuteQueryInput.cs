using Deepnote.Api.GraphQL.Access;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Execution;
using Deepnote.Application.Abstractions;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;
using Deepnote.Application.Execution.Executions.CancelExecution;
using Deepnote.Application.Execution.Executions.ExecuteQuery;
using Deepnote.Application.Execution.Executions.GetExecution;

namespace Deepnote.Api.GraphQL.Execution;

public sealed class ExecuteQueryInput
{
    public string ProjectId { get; set; } = "";
    public string? BlockId { get; set; }
    public string? ConnectionId { get; set; }
    public string? Sql { get; set; }
    public int? MaxRows { get; set; }
    public int? TimeoutSeconds { get; set; }
    public bool? BypassCache { get; set; }
    public int? WaitSeconds { get; set; }
}
