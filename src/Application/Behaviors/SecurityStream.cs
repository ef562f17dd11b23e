using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Behaviors;

/// <summary>The stream that holds a chain's security facts (denied attempts, failed sign-ins): one per workspace
/// and one for the platform, with an identifier derived from the chain's so that nothing needs looking up. One stream a
/// day, so that no stream grows without bound (the chain keeps them in order).</summary>
public static class SecurityStream
{
    public static Guid For(Guid chainId, DateTimeOffset now) =>
        DerivedId.From(chainId, "security-stream:" + now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
