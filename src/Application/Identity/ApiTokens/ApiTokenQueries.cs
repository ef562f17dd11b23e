using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens;

/// <summary>Tokens of a workspace: an ADMIN sees all, anyone else their own.</summary>
public sealed record ListApiTokensQuery(WorkspaceId WorkspaceId, int? First, string? After)
    : IQuery<Page<ApiTokenDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}

internal sealed class ListApiTokensQueryValidator : AbstractValidator<ListApiTokensQuery>
{
    public ListApiTokensQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}

internal sealed class ListApiTokensQueryHandler(IApiTokenStore tokens, ISender sender, ICurrentActor actor)
    : IQueryHandler<ListApiTokensQuery, Page<ApiTokenDto>>
{
    public async ValueTask<Page<ApiTokenDto>> Handle(ListApiTokensQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        var admin = await sender.Send(new GetMyRoleQuery(query.WorkspaceId), ct) == WorkspaceRole.Admin;
        return await tokens.ListAsync(query.WorkspaceId, admin ? null : actor.RequireUser(),
            Paging.Size(query.First), offset, ct);
    }
}
