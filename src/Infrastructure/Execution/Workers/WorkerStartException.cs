namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>A worker could not be started or confined; the run fails with the ENVIRONMENT class.</summary>
public sealed class WorkerStartException(string message, Exception? inner = null) : Exception(message, inner);
