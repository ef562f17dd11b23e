using Deepnote.Application.Identity.Ports;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

internal sealed class MailQuota(NpgsqlUnitOfWork uow, TimeProvider clock) : IMailQuota
{
    public async Task<bool> TryTakeAsync(string recipient, string purpose, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Serialise takers of one address so that parallel requests cannot all pass the count.
        await uow.ExecuteAsync("select pg_advisory_xact_lock(hashtextextended($1, 7))", ct, "mail:" + recipient);
        var sent = await uow.QuerySingleAsync("""
            select count(*) from mail_sends where recipient = $1 and purpose = $2 and sent_at > $3
            """, r => r.GetInt64(0), ct, recipient, purpose, now - TimeSpan.FromHours(1));
        if (sent >= IMailQuota.PerHour) return false;
        await uow.ExecuteAsync("insert into mail_sends (recipient, purpose, sent_at) values ($1, $2, $3)", ct,
            recipient, purpose, now);
        return true;
    }
}
