using Deepnote.Infrastructure.Execution.Egress;
using Microsoft.Extensions.Hosting;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>The silo port is this node's own: customer connections may never reach it (the egress policy refuses it).</summary>
internal sealed class ClusterPortGuard(OwnPorts ports, int port) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ports.Add(port);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
