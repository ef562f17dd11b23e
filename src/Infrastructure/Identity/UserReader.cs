using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Identity;

internal sealed class UserReader(NpgsqlUnitOfWork uow) : IUserReader
{
    private const string Columns = "select user_id, email, activated, registered_at from users";

    public Task<UserDto?> FindByEmailAsync(string normalizedEmail, CancellationToken ct) =>
        uow.QuerySingleAsync($"{Columns} where email = $1", Map, ct, normalizedEmail);

    public Task<UserDto?> GetAsync(UserId user, CancellationToken ct) =>
        uow.QuerySingleAsync($"{Columns} where user_id = $1", Map, ct, user.Value);

    public async Task<bool> AnyAsync(CancellationToken ct) =>
        await uow.QuerySingleAsync("select exists (select 1 from users)", r => r.GetBoolean(0), ct);

    private static UserDto Map(NpgsqlDataReader r) =>
        new(new UserId(r.GetGuid(0)), r.GetString(1), r.GetBoolean(2), r.GetFieldValue<DateTimeOffset>(3));
}
