using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Jobs;

/// <summary>Hourly: deletes sessions, one-time tokens, SSO states, sign-in failure counts and mail quotas that ended
/// more than a day ago (they can no longer be used; keeping them a day helps investigate an incident).</summary>
public sealed class ExpiredCredentialsCleanupJob(NpgsqlDataSource dataSource)
{
    public const string Id = "expired-credentials-cleanup";

    public async Task<int> RunAsync(CancellationToken ct) =>
        await NpgsqlUnitOfWork.ExecuteStandaloneAsync(dataSource, async (connection, tx) =>
        {
            await using var command = connection.Command(tx, """
                delete from sessions where coalesce(revoked_at, expires_at) < now() - interval '1 day'
                  or expires_at < now() - interval '1 day';
                delete from one_time_tokens where coalesce(used_at, expires_at) < now() - interval '1 day'
                  or expires_at < now() - interval '1 day';
                delete from sign_in_failures where failed_at < now() - interval '1 day';
                delete from sign_in_backoff where last_failure_at < now() - interval '1 day';
                delete from mail_sends where sent_at < now() - interval '1 day';
                delete from sso_states where expires_at < now() - interval '1 day';
                """);
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);
}
