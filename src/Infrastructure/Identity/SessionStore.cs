using Deepnote.Application.Abstractions;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

/// <summary>Sessions in PostgreSQL, so that any API node can resolve any cookie and a revocation is immediate.</summary>
internal sealed class SessionStore(NpgsqlUnitOfWork uow, ICurrentActor actor, TimeProvider clock) : ISessionStore
{
    public async Task<string> CreateAsync(UserId user, CancellationToken ct)
    {
        var token = Tokens.New();
        var now = clock.GetUtcNow();
        await uow.ExecuteAsync("""
            insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at, ip_address, user_agent)
            values ($1, $2, $3, $3, $4, $5, $6)
            """, ct, Tokens.Hash(token), user.Value, now, now + SessionPolicy.AbsoluteLifetime, actor.IpAddress, actor.UserAgent);
        return token;
    }

    /// <summary>A live session's user; touches <c>last_seen_at</c> (idle timeout) in the same statement.</summary>
    public async Task<UserId?> ResolveAsync(string token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var user = await uow.QuerySingleAsync<Guid?>("""
            update sessions set last_seen_at = $2
            where token_hash = $1 and revoked_at is null and expires_at > $2 and last_seen_at > $3
            returning user_id
            """, r => r.GetGuid(0), ct, Tokens.Hash(token), now, now - SessionPolicy.IdleTimeout);
        return user is { } id ? new UserId(id) : null;
    }

    public async Task<IReadOnlyList<SessionDto>> ListAsync(UserId user, string? currentToken, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var current = currentToken is null ? [] : Tokens.Hash(currentToken);
        return await uow.QueryAsync("""
            select session_id, created_at, last_seen_at, expires_at, ip_address, user_agent, token_hash = $3
            from sessions
            where user_id = $1 and revoked_at is null and expires_at > $2 and last_seen_at > $2 - $4::interval
            order by last_seen_at desc
            """, r => new SessionDto(r.GetGuid(0), r.GetFieldValue<DateTimeOffset>(1), r.GetFieldValue<DateTimeOffset>(2),
                r.GetFieldValue<DateTimeOffset>(3), r.GetNullable<string>(4), r.GetNullable<string>(5), r.GetBoolean(6)),
            ct, user.Value, now, current, SessionPolicy.IdleTimeout);
    }

    public async Task<bool> RevokeAsync(UserId user, Guid sessionId, CancellationToken ct) =>
        await uow.ExecuteAsync("update sessions set revoked_at = $3 where session_id = $1 and user_id = $2 and revoked_at is null",
            ct, sessionId, user.Value, clock.GetUtcNow()) == 1;

    public Task<int> RevokeAllAsync(UserId user, CancellationToken ct) =>
        uow.ExecuteAsync("update sessions set revoked_at = $2 where user_id = $1 and revoked_at is null", ct,
            user.Value, clock.GetUtcNow());

    public Task RevokeAsync(string token, CancellationToken ct) =>
        uow.ExecuteAsync("update sessions set revoked_at = $2 where token_hash = $1 and revoked_at is null", ct,
            Tokens.Hash(token), clock.GetUtcNow());
}
