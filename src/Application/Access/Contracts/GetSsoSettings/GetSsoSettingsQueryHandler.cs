using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetSsoSettings;

internal sealed class GetSsoSettingsQueryHandler(ISsoDirectory sso) : IQueryHandler<GetSsoSettingsQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(GetSsoSettingsQuery query, CancellationToken ct) =>
        await sso.GetSsoAsync(query.WorkspaceId, ct);
}
