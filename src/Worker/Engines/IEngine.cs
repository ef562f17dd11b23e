using Deepnote.Worker.Protocol;
using Deepnote.Worker.Results;

namespace Deepnote.Worker.Engines;

/// <summary>A database engine inside the worker.</summary>
public interface IEngine
{
    /// <summary>Opens a session and asks the engine's version; throws <see cref="RunFailedException"/> with a fixed
    /// sentence when it cannot.</summary>
    Task TestAsync(RunRequest request, CancellationToken ct);

    /// <summary>Runs one statement within the request's limits; throws <see cref="RunFailedException"/> when the engine
    /// refuses. Cancelling <paramref name="ct"/> stops the statement in the engine, not just the wait.</summary>
    Task<ResultTable> ExecuteAsync(RunRequest request, IReadOnlyList<InputFile> files, CancellationToken ct);
}
