using Orleans;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>What the node holding a run answers: nothing (<see cref="Held"/> false: it does not hold the run, or not
/// for this person) or the answer as JSON.</summary>
[GenerateSerializer, Immutable, Alias("deepnote.run-answer")]
public sealed record RunAnswer([property: Id(0)] bool Held, [property: Id(1)] byte[]? Json, [property: Id(2)] int Count)
{
    public static readonly RunAnswer NotHeld = new(false, null, 0);
}
