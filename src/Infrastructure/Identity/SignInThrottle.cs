using Deepnote.Application.Identity.Ports;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

/// <summary>Failed sign-ins in PostgreSQL, so every API node sees the same counts.</summary>
internal sealed class SignInThrottle(NpgsqlUnitOfWork uow, TimeProvider clock) : ISignInThrottle
{
    public async Task<bool> IsLimitedAsync(string normalizedEmail, string? ipAddress, CancellationToken ct) =>
        await uow.QuerySingleAsync("""
            select (select count(*) from sign_in_failures where email = $1 and failed_at > $3) >= $4
                or (select count(*) from sign_in_failures where ip_address = $2 and failed_at > $3) >= $5
            """, r => r.GetBoolean(0), ct, normalizedEmail, ipAddress, clock.GetUtcNow() - SignInLimits.Window,
            (long)SignInLimits.PerAccount, (long)SignInLimits.PerAddress);

    public Task RecordFailureAsync(string normalizedEmail, string? ipAddress, CancellationToken ct) =>
        uow.ExecuteAsync("insert into sign_in_failures (email, ip_address, failed_at) values ($1, $2, $3)", ct,
            normalizedEmail, ipAddress, clock.GetUtcNow());
}
