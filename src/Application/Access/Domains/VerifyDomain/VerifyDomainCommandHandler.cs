using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Domains;
using Mediator;

namespace Deepnote.Application.Access.Domains.VerifyDomain;

internal sealed class VerifyDomainCommandHandler(IEventStore events, IDomainDirectory domains, IDnsTxtLookup dns,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<VerifyDomainCommand, WorkspaceDomainDto>
{
    public async ValueTask<WorkspaceDomainDto> Handle(VerifyDomainCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        var claim = workspace.DomainClaim(command.Domain);
        if (!claim.Verified)
        {
            if (await domains.VerifiedOwnerAsync(claim.Domain, ct) is { } owner && owner != workspace.Id)
            {
                throw new DomainOwnedElsewhereException(claim.Domain);
            }

            if (!await PublishedAsync(claim, ct))
            {
                throw new RequestValidationException([new FieldError("domain",
                    $"No TXT record {claim.TxtRecordValue} was found at {claim.TxtRecordName} or {claim.Domain} yet. "
                    + "DNS changes can take a while to appear; try again later.")]);
            }

            workspace.VerifyDomain(claim.Domain, DomainVerificationMethods.Dns, actor.RequireUser(), clock.GetUtcNow());
            await events.SaveAsync(workspace, ct);
        }

        return (await domains.GetAsync(command.WorkspaceId, claim.Domain, ct))!;
    }

    private async Task<bool> PublishedAsync(ClaimedDomain claim, CancellationToken ct)
    {
        foreach (var name in new[] { claim.TxtRecordName, claim.Domain })
        {
            if ((await dns.TxtAsync(name, ct)).Any(v => v.Trim() == claim.TxtRecordValue)) return true;
        }

        return false;
    }
}
