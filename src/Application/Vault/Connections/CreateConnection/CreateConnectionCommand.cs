using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.CreateConnection;

public sealed record CreateConnectionCommand(WorkspaceId WorkspaceId, string Name, ConnectionSettings Settings,
    string? Password) : ICommand<ConnectionId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);

    public override string ToString() => $"{nameof(CreateConnectionCommand)} {{ {WorkspaceId}, {Name} }}";
}
