using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Sso;

internal sealed class GetWorkspaceSsoQueryHandler(ISender sender) : IQueryHandler<GetWorkspaceSsoQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(GetWorkspaceSsoQuery query, CancellationToken ct) =>
        await sender.Send(new GetSsoSettingsQuery(query.WorkspaceId), ct);
}
