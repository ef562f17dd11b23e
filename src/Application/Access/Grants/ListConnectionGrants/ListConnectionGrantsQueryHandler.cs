using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
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

namespace Deepnote.Application.Access.Grants.ListConnectionGrants;

internal sealed class ListConnectionGrantsQueryHandler(IGrantReader grants)
    : IQueryHandler<ListConnectionGrantsQuery, Page<ConnectionGrantDto>>
{
    public async ValueTask<Page<ConnectionGrantDto>> Handle(ListConnectionGrantsQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await grants.ListGrantsAsync(query.ConnectionId, Paging.Size(query.First), offset, ct);
    }
}
