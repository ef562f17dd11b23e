using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

internal sealed class AccountActivity(NpgsqlUnitOfWork uow) : IAccountActivity
{
    public Task AddAsync(UserId user, string kind, string detail, DateTimeOffset at, CancellationToken ct) =>
        uow.ExecuteAsync("insert into account_activity (user_id, kind, detail, occurred_at) values ($1, $2, $3, $4)", ct,
            user.Value, kind, detail, at);

    public async Task<IReadOnlyList<AccountActivityEntry>> TakeAsync(int max, CancellationToken ct) =>
        await uow.QueryAsync("""
            delete from account_activity where activity_id in
                (select activity_id from account_activity order by activity_id limit $1 for update skip locked)
            returning user_id, kind, detail, occurred_at
            """, r => new AccountActivityEntry(new UserId(r.GetGuid(0)), r.GetString(1), r.GetString(2),
                r.GetFieldValue<DateTimeOffset>(3)), ct, max);
}
