using Orleans;
using Orleans.Runtime;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>A run's grain lives on the node that holds the run (<see cref="RunOwnerPlacementDirector"/>).</summary>
[Serializable, GenerateSerializer, Immutable, Alias("deepnote.run-owner-placement")]
public sealed class RunOwnerPlacement : PlacementStrategy;
