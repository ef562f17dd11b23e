using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.GetConnectionProfile;

/// <summary>The connection as a run sees it. On a per-person connection, with <paramref name="RunAs"/> it carries that
/// person's own user name and secret (refused when they have set none); without, the connection's own.</summary>
public sealed record GetConnectionProfileQuery(ConnectionId ConnectionId, UserId? RunAs = null) : IQuery<ConnectionProfile>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
