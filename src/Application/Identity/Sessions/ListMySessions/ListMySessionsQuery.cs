using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.ListMySessions;

/// <summary>The signed-in user's live sessions (where and when), the current one marked.</summary>
public sealed record ListMySessionsQuery(string? CurrentToken, int? First = null, string? After = null)
    : IQuery<Page<SessionDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Person;

    public override string ToString() => nameof(ListMySessionsQuery);
}
