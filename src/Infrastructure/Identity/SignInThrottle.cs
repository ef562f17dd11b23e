using Deepnote.Application.Identity.Ports;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

/// <summary>Failed sign-ins in PostgreSQL, so every API node sees the same counts: rows per failure for the client
/// address window, one row per account for its back-off.</summary>
internal sealed class SignInThrottle(NpgsqlUnitOfWork uow, TimeProvider clock) : ISignInThrottle
{
    public async Task<bool> IsLimitedAsync(string normalizedEmail, string? ipAddress, CancellationToken ct)
    {
        await uow.ExecuteAsync("select pg_advisory_xact_lock(hashtextextended($1, 7))", ct, "sign-in:" + normalizedEmail);
        var now = clock.GetUtcNow();
        var (addressFailures, accountFailures, lastFailure) = await uow.QuerySingleAsync("""
            select (select count(*) from sign_in_failures where ip_address = $2 and failed_at > $3),
                   (select failures from sign_in_backoff where email = $1),
                   (select last_failure_at from sign_in_backoff where email = $1)
            """, r => (r.GetInt64(0), r.IsDBNull(1) ? 0 : r.GetInt32(1), r.IsDBNull(2) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(2)),
            ct, normalizedEmail, ipAddress, now - SignInLimits.Window);
        return addressFailures >= SignInLimits.PerAddress
            || (lastFailure is { } last && now < last + SignInLimits.DelayAfter(accountFailures));
    }

    // Committed on its own: a failure is counted even when the request's transaction (its audit record) rolls back,
    // so an error can never be a free guess.
    public async Task RecordFailureAsync(string normalizedEmail, string? ipAddress, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await NpgsqlUnitOfWork.ExecuteStandaloneAsync(uow.DataSource, async (connection, tx) =>
        {
            await using var failure = connection.Command(tx,
                "insert into sign_in_failures (email, ip_address, failed_at) values ($1, $2, $3)", normalizedEmail, ipAddress, now);
            await failure.ExecuteNonQueryAsync(ct);
            await using var backoff = connection.Command(tx, """
                insert into sign_in_backoff (email, failures, last_failure_at) values ($1, 1, $2)
                on conflict (email) do update set failures = least(sign_in_backoff.failures + 1, 1000000), last_failure_at = $2
                """, normalizedEmail, now);
            return await backoff.ExecuteNonQueryAsync(ct);
        }, ct);
    }

    public Task ClearAsync(string normalizedEmail, CancellationToken ct) =>
        uow.ExecuteAsync("delete from sign_in_backoff where email = $1", ct, normalizedEmail);
}
