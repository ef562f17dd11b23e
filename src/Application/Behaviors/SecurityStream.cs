using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Behaviors;

/// <summary>The stream that holds a chain's security facts (denied attempts, failed sign-ins): one per workspace
/// and one for the platform, with an identifier derived from the chain's so that nothing needs looking up.</summary>
public static class SecurityStream
{
    public static Guid For(Guid chainId) => DerivedId.From(chainId, "security-stream");
}
