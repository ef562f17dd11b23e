using Deepnote.Application.Common;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Execution.Ports;

/// <summary>Recorded runs (projection of the execution events): metadata only, never rows.</summary>
public interface IExecutionReader
{
    Task<ExecutionDto?> GetAsync(ExecutionId execution, CancellationToken ct);

    /// <summary>A project's runs, newest first.</summary>
    Task<Page<ExecutionDto>> ListForProjectAsync(ProjectId project, int size, long offset, CancellationToken ct);
}
