using Orleans.Placement;

namespace Deepnote.Infrastructure.Execution.Cluster;

[AttributeUsage(AttributeTargets.Class)]
public sealed class RunOwnerPlacementAttribute() : PlacementAttribute(new RunOwnerPlacement());
