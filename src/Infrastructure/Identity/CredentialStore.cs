using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

internal sealed class CredentialStore(NpgsqlUnitOfWork uow, TimeProvider clock) : ICredentialStore
{
    public Task SetPasswordHashAsync(UserId user, string hash, CancellationToken ct) =>
        uow.ExecuteAsync("""
            insert into user_credentials (user_id, password_hash, updated_at) values ($1, $2, $3)
            on conflict (user_id) do update set password_hash = excluded.password_hash, updated_at = excluded.updated_at
            """, ct, user.Value, hash, clock.GetUtcNow());

    public Task<string?> GetPasswordHashAsync(UserId user, CancellationToken ct) =>
        uow.QuerySingleAsync("select password_hash from user_credentials where user_id = $1", r => r.GetString(0),
            ct, user.Value);
}
