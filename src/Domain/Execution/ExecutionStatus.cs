using Deepnote.Domain.Execution.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution;

public enum ExecutionStatus
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
