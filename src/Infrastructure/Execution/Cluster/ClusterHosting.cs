using System.Net;
using System.Net.Sockets;
using Deepnote.Application.Execution.Ports;
using Deepnote.Infrastructure.Execution.Egress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Connections.Security;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>Makes this API node an Orleans silo (decision 014): membership in the product's database, no gateway (no
/// outside clients), the silo port listening on the advertised address only, TLS between nodes unless that address is
/// loopback, and runs' grains placed on the node that holds them.</summary>
public static class ClusterHosting
{
    public static void AddDeepnoteCluster(this IHostApplicationBuilder builder, ClusterSettings settings)
    {
        if (settings.Certificate is null && !IPAddress.IsLoopback(settings.Address))
        {
            throw new InvalidOperationException($"DEEPNOTE_CLUSTER_ADDRESS is {settings.Address}: nodes reachable beyond "
                + "loopback talk over TLS only; give DEEPNOTE_CLUSTER_CERTIFICATE (a PKCS#12 file every node shares).");
        }

        var port = settings.Port ?? FreePort(settings.Address);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<RunOwnerDirectory>();
        builder.Services.AddScoped<IRunOwners, RunOwners>();
        builder.Services.AddSingleton<IExecutionCluster, OrleansExecutionCluster>();
        builder.Services.AddHostedService<LostRunSweeper>();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, "deepnote"));
            silo.Configure<EndpointOptions>(o =>
            {
                o.AdvertisedIPAddress = settings.Address;
                o.SiloPort = port;
                o.SiloListeningEndpoint = new IPEndPoint(settings.Address, port);
                o.GatewayPort = 0; // co-hosted only: no client ever connects from outside
            });
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = settings.ProbeTimeout;
                o.NumMissedProbesLimit = 2;
                o.IAmAliveTablePublishTimeout = settings.ProbeTimeout * 2;
                o.TableRefreshTimeout = settings.ProbeTimeout * 2;
            });
            silo.Services.AddSingleton<IMembershipTable, PostgresMembershipTable>();
            silo.Services.AddSingleton<IFatalErrorHandler, StopOnFatalError>();
            silo.AddPlacementDirector<RunOwnerPlacement, RunOwnerPlacementDirector>();
            if (settings.Certificate is { } certificate)
            {
                silo.UseTls(certificate, tls =>
                {
                    tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
                    tls.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
                    // One certificate for the whole cluster, pinned: nothing else (not even a CA-signed one) joins.
                    tls.RemoteCertificateValidation = (remote, _, _) =>
                        remote.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span);
                });
            }
        });
        builder.Services.AddHostedService(sp => new ClusterPortGuard(sp.GetRequiredService<OwnPorts>(), port));
    }

    private static int FreePort(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
