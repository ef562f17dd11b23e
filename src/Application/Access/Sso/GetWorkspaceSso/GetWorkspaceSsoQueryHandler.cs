using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Mediator;

namespace Deepnote.Application.Access.Sso.GetWorkspaceSso;

internal sealed class GetWorkspaceSsoQueryHandler(ISender sender) : IQueryHandler<GetWorkspaceSsoQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(GetWorkspaceSsoQuery query, CancellationToken ct) =>
        await sender.Send(new GetSsoSettingsQuery(query.WorkspaceId), ct);
}
