using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.SetConnectionGuardrails;

/// <summary>An ADMIN sets what may run on a connection: writes (off by default), statement timeout, maximum rows
/// and bytes. Null values fall back to the workspace defaults; the host's hard maxima cap everything.</summary>
public sealed record SetConnectionGuardrailsCommand(ConnectionId ConnectionId, ConnectionGuardrails Guardrails)
    : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}
