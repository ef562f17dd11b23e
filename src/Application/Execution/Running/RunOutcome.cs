using Deepnote.Domain.Execution;

namespace Deepnote.Application.Execution.Running;

public sealed record RunOutcome(ExecutionStatus Status, string? ErrorCode, string? ErrorMessage);
