using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Identity;

internal sealed class ApiTokenStore(NpgsqlUnitOfWork uow, TimeProvider clock) : IApiTokenStore
{
    public const string Prefix = "dnp_";

    private const string Columns = """
        select t.token_id, t.workspace_id, t.owner_id, u.email, t.name, t.created_at, t.expires_at, t.last_used_at,
               t.revoked_at
        from api_tokens t join users u on u.user_id = t.owner_id
        """;

    public async Task<string> IssueSecretAsync(ApiTokenId token, CancellationToken ct)
    {
        var secret = Prefix + Tokens.New();
        await uow.ExecuteAsync("insert into api_token_secrets (token_id, token_hash) values ($1, $2)", ct, token.Value,
            Tokens.Hash(secret));
        return secret;
    }

    public async Task<ApiTokenPrincipal?> ResolveAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100) return null;
        var now = clock.GetUtcNow();
        return await uow.QuerySingleAsync("""
            with live as (
                select t.token_id, t.owner_id, t.workspace_id
                from api_token_secrets s
                join api_tokens t on t.token_id = s.token_id
                join workspace_members m on m.workspace_id = t.workspace_id and m.user_id = t.owner_id
                where s.token_hash = $1 and t.revoked_at is null and t.expires_at > $2
            ), touched as (
                update api_tokens set last_used_at = $2
                where token_id in (select token_id from live) and (last_used_at is null or last_used_at < $2 - interval '1 minute')
            )
            select token_id, owner_id, workspace_id from live
            """, r => new ApiTokenPrincipal(new ApiTokenId(r.GetGuid(0)), new UserId(r.GetGuid(1)), new WorkspaceId(r.GetGuid(2))),
            ct, Tokens.Hash(secret), now);
    }

    public Task<ApiTokenDto?> GetAsync(ApiTokenId token, CancellationToken ct) =>
        uow.QuerySingleAsync($"{Columns} where t.token_id = $1", Map, ct, token.Value);

    public async Task<IReadOnlyList<ApiTokenId>> ListUnrevokedAsync(WorkspaceId workspace, UserId owner, CancellationToken ct) =>
        await uow.QueryAsync("select token_id from api_tokens where workspace_id = $1 and owner_id = $2 and revoked_at is null",
            r => new ApiTokenId(r.GetGuid(0)), ct, workspace.Value, owner.Value);

    public async Task<Page<ApiTokenDto>> ListAsync(WorkspaceId workspace, UserId? owner, int size, long offset,
        CancellationToken ct)
    {
        var rows = await uow.QueryAsync($"""
            {Columns}
            where t.workspace_id = $1 and ($2::uuid is null or t.owner_id = $2)
            order by t.created_at desc, t.token_id limit $3 offset $4
            """, Map, ct, workspace.Value, owner?.Value, size + 1, offset);
        return Paging.ToPage(rows, size, offset);
    }

    private static ApiTokenDto Map(NpgsqlDataReader r) => new(new ApiTokenId(r.GetGuid(0)), new WorkspaceId(r.GetGuid(1)),
        new UserId(r.GetGuid(2)), r.GetString(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5),
        r.GetFieldValue<DateTimeOffset>(6), r.GetNullable<DateTimeOffset?>(7), r.GetNullable<DateTimeOffset?>(8));
}
