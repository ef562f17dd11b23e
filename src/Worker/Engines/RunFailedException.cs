using Deepnote.Worker.Protocol;

namespace Deepnote.Worker.Engines;

/// <summary>A run that failed for a reason fit to show: becomes the run's <see cref="RunFailure"/>.</summary>
public sealed class RunFailedException(string errorClass, string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public RunFailure Failure => new(errorClass, code, Message);
}
