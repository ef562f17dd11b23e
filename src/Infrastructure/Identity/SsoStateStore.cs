using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

internal sealed class SsoStateStore(NpgsqlUnitOfWork uow, TimeProvider clock) : ISsoStateStore
{
    public async Task<string> IssueAsync(SsoPending pending, TimeSpan lifetime, CancellationToken ct)
    {
        var state = Tokens.New();
        await uow.ExecuteAsync("""
            insert into sso_states (state_hash, workspace_id, code_verifier, nonce, redirect_uri, expires_at, link_user_id, binding_hash)
            values ($1, $2, $3, $4, $5, $6, $7, $8)
            """, ct, Tokens.Hash(state), pending.WorkspaceId.Value, pending.CodeVerifier, pending.Nonce, pending.RedirectUri,
            clock.GetUtcNow() + lifetime, pending.LinkUser?.Value, Tokens.Hash(pending.BrowserBinding));
        return state;
    }

    public async Task<SsoPending?> ConsumeAsync(string state, string browserBinding, CancellationToken ct)
    {
        var pending = await uow.QuerySingleAsync("""
            update sso_states set used_at = $2 where state_hash = $1 and used_at is null and expires_at > $2
            returning workspace_id, code_verifier, nonce, redirect_uri, link_user_id, binding_hash
            """, r => (Pending: new SsoPending(new WorkspaceId(r.GetGuid(0)), r.GetString(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : new UserId(r.GetGuid(4))), Binding: r.IsDBNull(5) ? [] : r.GetFieldValue<byte[]>(5)), ct,
            Tokens.Hash(state), clock.GetUtcNow());
        return pending.Pending is not null
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(pending.Binding, Tokens.Hash(browserBinding))
            ? pending.Pending
            : null;
    }
}
