using Deepnote.Application.Abstractions;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Execution.Ports;

/// <summary>Records the outcome of a run that finished after its request had answered RUNNING: in a scope of its own,
/// as the actor who started it (implemented by the host).</summary>
public interface IBackgroundRecorder
{
    void Record(ExecutionId execution, ActorSnapshot actor);
}
