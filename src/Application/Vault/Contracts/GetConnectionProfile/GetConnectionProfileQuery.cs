using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.GetConnectionProfile;

public sealed record GetConnectionProfileQuery(ConnectionId ConnectionId) : IQuery<ConnectionProfile>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
