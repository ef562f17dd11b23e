using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

internal sealed class FindSsoWorkspaceQueryHandler(ISsoDirectory sso) : IQueryHandler<FindSsoWorkspaceQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(FindSsoWorkspaceQuery query, CancellationToken ct) =>
        await sso.FindSsoByDomainAsync(query.EmailDomain.ToLowerInvariant(), ct);
}
