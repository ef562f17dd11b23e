using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access.Workspaces.Domains;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.IsSsoEnforced;

internal sealed class IsSsoEnforcedQueryHandler(ISsoDirectory sso) : IQueryHandler<IsSsoEnforcedQuery, bool>
{
    public async ValueTask<bool> Handle(IsSsoEnforcedQuery query, CancellationToken ct) =>
        await sso.FindSsoByDomainAsync(DomainName.OfEmail(EmailAddress.Normalize(query.Email)), ct) is { EnforceSso: true };
}
