using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Domains.ClaimDomain;

internal sealed class ClaimDomainCommandHandler(IEventStore events, IDomainDirectory domains, ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ClaimDomainCommand, WorkspaceDomainDto>
{
    public async ValueTask<WorkspaceDomainDto> Handle(ClaimDomainCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        var claim = workspace.ClaimDomain(command.Domain, actor.RequireUser(), clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return (await domains.GetAsync(command.WorkspaceId, claim.Domain, ct))!;
    }
}
