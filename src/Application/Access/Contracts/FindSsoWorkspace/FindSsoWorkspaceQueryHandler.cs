using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Contracts.FindSsoWorkspace;

internal sealed class FindSsoWorkspaceQueryHandler(ISsoDirectory sso) : IQueryHandler<FindSsoWorkspaceQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(FindSsoWorkspaceQuery query, CancellationToken ct) =>
        await sso.FindSsoByDomainAsync(query.EmailDomain.ToLowerInvariant(), ct);
}
