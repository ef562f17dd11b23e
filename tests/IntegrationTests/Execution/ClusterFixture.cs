using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Deepnote.Api.Hosting;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>A host whose cluster traffic is TLS with a certificate every node of the test shares (as an operator
/// would give DEEPNOTE_CLUSTER_CERTIFICATE); the two-node tests start further nodes with the same settings.</summary>
public sealed class ClusterFixture : ApiFixture
{
    public string CertificateFile { get; } = Path.Combine(Path.GetTempPath(), $"deepnote-cluster-{Guid.NewGuid():N}.pfx");

    protected override Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=deepnote-cluster", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pfx = made.Export(X509ContentType.Pfx);
        File.WriteAllBytes(CertificateFile, pfx);
        return Task.FromResult(settings with
        {
            Cluster = new Deepnote.Infrastructure.Execution.Cluster.ClusterSettings
            {
                Certificate = X509CertificateLoader.LoadPkcs12(pfx, null),
                ProbeTimeout = settings.Cluster.ProbeTimeout,
                LostRunSweep = settings.Cluster.LostRunSweep,
            },
        });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(CertificateFile);
    }
}
