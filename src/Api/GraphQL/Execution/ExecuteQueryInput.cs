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
