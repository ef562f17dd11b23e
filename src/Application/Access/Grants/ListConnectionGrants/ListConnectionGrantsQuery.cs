using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Grants.ListConnectionGrants;

/// <summary>Who may use a connection (ADMIN only).</summary>
public sealed record ListConnectionGrantsQuery(ConnectionId ConnectionId, int? First, string? After)
    : IQuery<Page<ConnectionGrantDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => ConnectionWorkspace.ManageRequirement(ConnectionId);
}

internal sealed class ListConnectionGrantsQueryValidator : AbstractValidator<ListConnectionGrantsQuery>
{
    public ListConnectionGrantsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}

internal sealed class ListConnectionGrantsQueryHandler(IGrantReader grants)
    : IQueryHandler<ListConnectionGrantsQuery, Page<ConnectionGrantDto>>
{
    public async ValueTask<Page<ConnectionGrantDto>> Handle(ListConnectionGrantsQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await grants.ListGrantsAsync(query.ConnectionId, Paging.Size(query.First), offset, ct);
    }
}
