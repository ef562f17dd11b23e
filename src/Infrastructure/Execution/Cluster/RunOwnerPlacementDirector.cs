using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>Places a run's grain on the node recorded as holding the run, if that node is alive; otherwise here (where
/// the grain finds nothing and the caller falls back to the record). An activation may be collected and come back at
/// any time: it always comes back to the same node.</summary>
internal sealed class RunOwnerPlacementDirector(RunOwnerDirectory owners) : IPlacementDirector
{
    public async Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var owner = await owners.FindSiloAsync(target.GrainIdentity.GetGuidKey(), CancellationToken.None);
        return owner is not null && context.GetCompatibleSilos(target).FirstOrDefault(s => s.ToParsableString() == owner) is { } silo
            ? silo
            : context.LocalSilo;
    }
}
