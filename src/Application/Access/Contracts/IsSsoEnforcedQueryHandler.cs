using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

internal sealed class IsSsoEnforcedQueryHandler(ISsoDirectory sso) : IQueryHandler<IsSsoEnforcedQuery, bool>
{
    public async ValueTask<bool> Handle(IsSsoEnforcedQuery query, CancellationToken ct) =>
        await sso.IsSsoEnforcedForAsync(query.UserId, ct);
}
