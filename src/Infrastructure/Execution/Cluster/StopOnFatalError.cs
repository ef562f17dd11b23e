using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>A silo told it is dead (or meeting a fatal error) stops its host instead of killing the process outright,
/// so in-flight requests end and the process exits for its supervisor to restart; it never keeps serving as a zombie.</summary>
internal sealed class StopOnFatalError(IHostApplicationLifetime lifetime, ILogger<StopOnFatalError> logger) : IFatalErrorHandler
{
    public bool IsUnexpected(Exception exception) => true;

    public void OnFatalException(object? sender = null, string? context = null, Exception? exception = null)
    {
        logger.LogCritical(exception, "The cluster node stops: {Context}", context);
        lifetime.StopApplication();
    }
}
