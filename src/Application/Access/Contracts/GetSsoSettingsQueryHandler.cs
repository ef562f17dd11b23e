using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

internal sealed class GetSsoSettingsQueryHandler(ISsoDirectory sso) : IQueryHandler<GetSsoSettingsQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(GetSsoSettingsQuery query, CancellationToken ct) =>
        await sso.GetSsoAsync(query.WorkspaceId, ct);
}
