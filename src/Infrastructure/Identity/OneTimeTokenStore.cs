using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

internal sealed class OneTimeTokenStore(NpgsqlUnitOfWork uow, TimeProvider clock) : IOneTimeTokenStore
{
    public async Task<string> IssueAsync(string purpose, OneTimeToken about, TimeSpan lifetime, CancellationToken ct)
    {
        var token = Tokens.New();
        await uow.ExecuteAsync("""
            insert into one_time_tokens (token_hash, purpose, user_id, subject, email, expires_at) values ($1, $2, $3, $4, $5, $6)
            """, ct, Tokens.Hash(token), purpose, about.User?.Value, about.Subject, about.Email, clock.GetUtcNow() + lifetime);
        return token;
    }

    public async Task<OneTimeToken?> ConsumeAsync(string purpose, string token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await uow.QueryAsync("""
            update one_time_tokens set used_at = $3
            where token_hash = $1 and purpose = $2 and used_at is null and expires_at > $3
            returning user_id, subject, email
            """, Read, ct,
            Tokens.Hash(token), purpose, now);
        return rows.Count == 1 ? rows[0] : null;
    }

    public async Task<OneTimeToken?> PeekAsync(string purpose, string token, CancellationToken ct)
    {
        var rows = await uow.QueryAsync("""
            select user_id, subject, email from one_time_tokens
            where token_hash = $1 and purpose = $2 and used_at is null and expires_at > $3
            """, Read, ct,
            Tokens.Hash(token), purpose, clock.GetUtcNow());
        return rows.Count == 1 ? rows[0] : null;
    }

    public Task RevokeAllAsync(string purpose, UserId user, CancellationToken ct) =>
        uow.ExecuteAsync("update one_time_tokens set used_at = $3 where purpose = $1 and user_id = $2 and used_at is null", ct,
            purpose, user.Value, clock.GetUtcNow());

    /// <summary>A row of <c>user_id, subject, email</c>.</summary>
    private static OneTimeToken Read(Npgsql.NpgsqlDataReader r) =>
        new(r.IsDBNull(0) ? null : new UserId(r.GetGuid(0)), r.GetNullable<Guid?>(1), r.IsDBNull(2) ? null : r.GetString(2));
}
