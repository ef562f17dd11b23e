using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Connections.ListConnections;

internal sealed class ListConnectionsQueryHandler(ISender sender, IVaultReader vault, ICurrentActor actor)
    : IQueryHandler<ListConnectionsQuery, Page<ConnectionDto>>
{
    public async ValueTask<Page<ConnectionDto>> Handle(ListConnectionsQuery query, CancellationToken ct)
    {
        var viewer = actor.RequireUser();
        var role = await sender.Send(new GetMyRoleQuery(query.WorkspaceId), ct);
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await vault.ListConnectionsAsync(query.WorkspaceId, viewer,
            role == WorkspaceRole.Admin ? null : viewer, Paging.Size(query.First), offset, ct);
    }
}
