using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Domains;
using Mediator;

namespace Deepnote.Application.Access.Domains.ApplyOperatorDomains;

internal sealed class ApplyOperatorDomainsCommandHandler(IEventStore events, IDomainDirectory domains,
    IAccessFacts facts, TimeProvider clock) : ICommandHandler<ApplyOperatorDomainsCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(ApplyOperatorDomainsCommand command, CancellationToken ct)
    {
        var skipped = new List<string>();
        foreach (var (domain, workspaceId) in command.Domains)
        {
            var name = DomainName.Normalize(domain);
            if (await domains.VerifiedOwnerAsync(name, ct) is { } owner)
            {
                if (owner != workspaceId) skipped.Add($"{name}: already verified by workspace {owner}");
                continue;
            }

            if (!await facts.WorkspaceExistsAsync(workspaceId, ct))
            {
                skipped.Add($"{name}: no workspace {workspaceId}");
                continue;
            }

            var workspace = await events.LoadAsync<Workspace>(workspaceId, ct);
            workspace.VerifyDomain(name, DomainVerificationMethods.Operator, null, clock.GetUtcNow());
            await events.SaveAsync(workspace, ct);
        }

        return skipped;
    }
}
