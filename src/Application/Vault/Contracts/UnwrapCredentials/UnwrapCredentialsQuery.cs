using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.UnwrapCredentials;

/// <summary>The only way another module obtains a connection's plaintext credentials. Every call appends
/// <c>SecretUnwrapped</c> (who, which connection, why) before the secret is opened; if that append fails, nothing
/// is decrypted. Dispose the result as soon as the driver has it. On a per-person connection the credentials are
/// <paramref name="RunAs"/>'s own (never anyone else's; refused without).</summary>
public sealed record UnwrapCredentialsQuery(ConnectionId ConnectionId, string Purpose, UserId? RunAs = null)
    : IQuery<UnwrappedCredentials>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
