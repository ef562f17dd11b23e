using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>A live project as a run sees it, with the block's connection and SQL when one is named.</summary>
public interface IRunContextReader
{
    Task<RunContext?> GetRunContextAsync(ProjectId project, BlockId? block, CancellationToken ct);
}
