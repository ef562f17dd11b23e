namespace Deepnote.Domain.Execution;

public enum ExecutionStatus
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
