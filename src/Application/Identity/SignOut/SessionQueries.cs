using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.SignOut;

/// <summary>The signed-in user's live sessions (where and when), the current one marked.</summary>
public sealed record ListMySessionsQuery(string? CurrentToken, int? First = null, string? After = null)
    : IQuery<Page<SessionDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;

    public override string ToString() => nameof(ListMySessionsQuery);
}

internal sealed class ListMySessionsQueryHandler(ISessionStore sessions, ICurrentActor actor)
    : IQueryHandler<ListMySessionsQuery, Page<SessionDto>>
{
    public async ValueTask<Page<SessionDto>> Handle(ListMySessionsQuery query, CancellationToken ct) =>
        Paging.Slice(await sessions.ListAsync(actor.RequireUser(), query.CurrentToken, ct), query.First, query.After);
}

internal sealed class ListMySessionsQueryValidator : FluentValidation.AbstractValidator<ListMySessionsQuery>
{
    public ListMySessionsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}

/// <summary>Ends one of the signed-in user's sessions (another browser, a lost laptop).</summary>
public sealed record EndSessionCommand(Guid SessionId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}

internal sealed class EndSessionCommandHandler(ISessionStore sessions, ICurrentActor actor) : ICommandHandler<EndSessionCommand, bool>
{
    public async ValueTask<bool> Handle(EndSessionCommand command, CancellationToken ct) =>
        await sessions.RevokeAsync(actor.RequireUser(), command.SessionId, ct)
            ? true
            : throw new NotFoundException("No such live session of yours.");
}
