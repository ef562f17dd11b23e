using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

internal sealed class SsoLinkReader(NpgsqlUnitOfWork uow) : ISsoLinkReader
{
    public async Task<UserId?> FindUserAsync(WorkspaceId workspace, string issuer, string subject, CancellationToken ct)
    {
        var user = await uow.QuerySingleAsync<Guid?>(
            "select user_id from sso_links where workspace_id = $1 and issuer = $2 and subject = $3", r => r.GetGuid(0), ct,
            workspace.Value, issuer, subject);
        return user is { } id ? new UserId(id) : null;
    }
}
