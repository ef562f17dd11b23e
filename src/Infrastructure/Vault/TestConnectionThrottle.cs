using System.Threading.RateLimiting;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Infrastructure.Vault;

/// <summary>Token buckets per connection (<see cref="PerConnection"/> a minute) and per person
/// (<see cref="PerPerson"/> a minute), held by this node: a node answers at most that many tests. Buckets of idle
/// keys are dropped by the limiter itself.</summary>
public sealed class TestConnectionThrottle : ITestConnectionThrottle, IDisposable
{
    public const int PerConnection = 10;
    public const int PerPerson = 40;

    private readonly PartitionedRateLimiter<(ConnectionId Connection, UserId Person)> _limiter =
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(ConnectionId Connection, UserId Person), Guid>(key =>
                RateLimitPartition.GetTokenBucketLimiter(key.Connection.Value, _ => Bucket(PerConnection))),
            PartitionedRateLimiter.Create<(ConnectionId Connection, UserId Person), Guid>(key =>
                RateLimitPartition.GetTokenBucketLimiter(key.Person.Value, _ => Bucket(PerPerson))));

    public bool TryTake(ConnectionId connection, UserId person)
    {
        using var lease = _limiter.AttemptAcquire((connection, person));
        return lease.IsAcquired;
    }

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = perMinute,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public void Dispose() => _limiter.Dispose();
}
