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
}
