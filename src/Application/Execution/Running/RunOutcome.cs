using Deepnote.Domain.Execution;

namespace Deepnote.Application.Execution.Running;

/// <param name="ErrorClass">For a failure: QUERY, TIMEOUT, CONNECTION or ENVIRONMENT.</param>
public sealed record RunOutcome(ExecutionStatus Status, string? ErrorCode, string? ErrorMessage, string? ErrorClass = null);
