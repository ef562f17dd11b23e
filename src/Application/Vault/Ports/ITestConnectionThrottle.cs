using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Vault.Ports;

/// <summary>Bounds how often a connection is tested, per connection and per person, so testConnection cannot be a
/// password-guessing or port-scanning engine.</summary>
public interface ITestConnectionThrottle
{
    /// <summary>Takes one test for this connection and person; false when either has used up its allowance.</summary>
    bool TryTake(ConnectionId connection, UserId person);
}
