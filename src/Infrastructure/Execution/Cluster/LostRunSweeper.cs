using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Executions.RecordLostRun;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>Fails the runs a dead node never recorded: every <see cref="ClusterSettings.LostRunSweep"/>, each
/// unrecorded run of a node the cluster declared dead (or of a node unknown to it for a while) is recorded FAILED,
/// as its own actor, by whichever survivor claims it first. Its owner then reads why instead of RUNNING for ever.</summary>
internal sealed class LostRunSweeper(RunOwnerDirectory owners, IClusterMembershipService membership,
    ILocalSiloDetails local, IActingAs acting, ClusterSettings settings, TimeProvider clock,
    ILogger<LostRunSweeper> logger) : BackgroundService
{
    /// <summary>A node that joined a moment ago may not be in this node's view yet: only after this is "unknown" dead.</summary>
    private static readonly TimeSpan UnknownGrace = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.LostRunSweep);
        var sweeps = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
                if (++sweeps % 360 == 0) await owners.PruneAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Looking for runs of dead nodes failed; trying again later");
            }
        }
    }

    public async Task SweepAsync(CancellationToken ct)
    {
        var here = local.SiloAddress.ToParsableString();
        var snapshot = membership.CurrentSnapshot;
        foreach (var silo in await owners.UnrecordedSilosAsync(ct))
        {
            if (silo == here) continue;
            var status = snapshot.Members.Values.FirstOrDefault(m => m.SiloAddress.ToParsableString() == silo)?.Status;
            if (status is not (SiloStatus.Dead or null)) continue;
            var before = status == SiloStatus.Dead ? clock.GetUtcNow() : clock.GetUtcNow() - UnknownGrace;
            foreach (var run in await owners.UnrecordedAsync(silo, before, ct))
            {
                var recorded = await acting.SendAsAsync(run.Actor,
                    sender => sender.Send(new RecordLostRunCommand(run.Target, run.StartedAt), ct).AsTask(), ct);
                if (recorded) logger.LogWarning("Execution {ExecutionId} was lost with node {Silo}; recorded as failed", run.Target.ExecutionId, silo);
            }
        }
    }
}
