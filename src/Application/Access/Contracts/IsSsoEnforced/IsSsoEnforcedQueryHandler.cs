using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Contracts.IsSsoEnforced;

internal sealed class IsSsoEnforcedQueryHandler(ISsoDirectory sso) : IQueryHandler<IsSsoEnforcedQuery, bool>
{
    public async ValueTask<bool> Handle(IsSsoEnforcedQuery query, CancellationToken ct) =>
        await sso.IsSsoEnforcedForAsync(query.UserId, ct);
}
