using Deepnote.Worker.Protocol;
using Deepnote.Worker.Results;

namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>How a worker answered one run: a summary with its rows, or a failure.</summary>
public sealed record WorkerReply(RunSummary? Summary, IReadOnlyList<ResultColumn> Columns, IReadOnlyList<object?[]> Rows,
    RunFailure? Failure);
