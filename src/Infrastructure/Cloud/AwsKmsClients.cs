using Amazon.KeyManagementService;
using Amazon.Runtime;

namespace Deepnote.Infrastructure.Cloud;

/// <summary>The KMS client the vault's key provider and the audit's checkpoint signer share the settings of: a
/// 10-second timeout, two retries, an optional endpoint (a VPC endpoint, or the loopback KMS in tests).</summary>
public static class AwsKmsClients
{
    public static IAmazonKeyManagementService Create(string? region, string? endpoint, AWSCredentials? credentials = null)
    {
        var config = new AmazonKeyManagementServiceConfig { Timeout = TimeSpan.FromSeconds(10), MaxErrorRetry = 2 };
        if (endpoint is not null) config.ServiceURL = endpoint;
        if (region is not null) config.AuthenticationRegion = region;
        if (region is not null && endpoint is null) config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
        return credentials is null
            ? new AmazonKeyManagementServiceClient(config)
            : new AmazonKeyManagementServiceClient(credentials, config);
    }
}
