using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Domains.ReleaseDomain;

internal sealed class ReleaseDomainCommandHandler(IEventStore events, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ReleaseDomainCommand, string>
{
    public async ValueTask<string> Handle(ReleaseDomainCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        var claim = workspace.DomainClaim(command.Domain);
        workspace.ReleaseDomain(claim.Domain, actor.RequireUser(), clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return claim.Domain;
    }
}
