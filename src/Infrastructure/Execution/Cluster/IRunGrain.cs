using Orleans;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>One run, addressed by its execution id, living on the node that holds it. The asker travels as its
/// serialized <c>ActorSnapshot</c>: the holding node authorizes the request exactly as if it had come to it.</summary>
[Alias("deepnote.run")]
public interface IRunGrain : IGrainWithGuidKey
{
    [Alias("get")]
    Task<RunAnswer> Get(string asker);

    [Alias("page")]
    Task<RunAnswer> Page(string asker, int offset, int limit);

    [Alias("cancel")]
    Task<RunAnswer> Cancel(string asker);

    /// <summary>Access changed elsewhere: drop the run if its owner lost the right (or at once, for a reason).</summary>
    [Alias("recheck")]
    Task<bool> Recheck(string? dropReason);
}
