using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

internal sealed class AddressDirectory(NpgsqlUnitOfWork uow, TimeProvider clock) : IAddressDirectory
{
    // The no-op update makes a concurrent first recording of the same address wait and return the same id.
    public async Task<AddressId> RecordAsync(string email, CancellationToken ct) =>
        new(await uow.QuerySingleAsync<Guid>("""
            insert into personal_addresses (address_id, email, recorded_at) values ($1, $2, $3)
            on conflict (email) do update set email = excluded.email
            returning address_id
            """, r => r.GetGuid(0), ct, Guid.CreateVersion7(), email, clock.GetUtcNow()));

    public async Task<AddressId?> FindAsync(string email, CancellationToken ct) =>
        await uow.QuerySingleAsync("select address_id from personal_addresses where email = $1",
            r => (AddressId?)new AddressId(r.GetGuid(0)), ct, email);

    public async Task<int> EraseAsync(AddressId address, string email, CancellationToken ct) =>
        (int)await uow.QuerySingleAsync("""
            with directory as (delete from personal_addresses where address_id = $1 returning 1),
                 links as (delete from one_time_tokens where email = $2 returning 1),
                 failures as (delete from sign_in_failures where email = $2 returning 1),
                 backoff as (delete from sign_in_backoff where email = $2 returning 1),
                 mails as (delete from mail_sends where recipient = $2 returning 1)
            select (select count(*) from directory) + (select count(*) from links) + (select count(*) from failures)
                 + (select count(*) from backoff) + (select count(*) from mails)
            """, r => r.GetInt64(0), ct, address.Value, email);
}
