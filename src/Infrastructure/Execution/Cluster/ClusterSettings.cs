using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>How this API node joins the others (docs/operations.md, "Scale-out"): an Orleans silo with membership in
/// the product's database. Silo-to-silo traffic is TLS with one certificate every node shares (pinned), or stays on
/// loopback: a node advertising any other address without a certificate does not start.</summary>
public sealed class ClusterSettings
{
    /// <summary>Nodes with the same database and cluster id form one cluster.</summary>
    public string ClusterId { get; init; } = "deepnote";

    /// <summary>The address other nodes reach this one at (and the only one it listens on).</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The silo port (11111 when configured from the environment); null: a free port chosen at start (hosts
    /// embedded side by side, the tests). Other nodes learn it from the membership table.</summary>
    public int? Port { get; init; }

    /// <summary>The certificate (with its private key) every node presents and accepts; null: loopback only.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>How long a probe of another node may go unanswered; a node missing two in a row is declared dead.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often this node looks for runs of dead nodes to fail.</summary>
    public TimeSpan LostRunSweep { get; init; } = TimeSpan.FromSeconds(10);
}
