using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Identity;

internal sealed class SignInFailureWindows(NpgsqlUnitOfWork uow) : ISignInFailureWindows
{
    public Task CountAsync(WorkspaceId workspace, UserId user, string reason, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            insert into member_sign_in_failures (workspace_id, user_id, first_at, last_at, failures, last_reason)
            values ($1, $2, $3, $3, 1, $4)
            on conflict (workspace_id, user_id) do update set last_at = $3, failures = member_sign_in_failures.failures + 1,
                last_reason = $4
            """, ct, workspace.Value, user.Value, now, reason);

    public async Task<IReadOnlyList<SignInFailureWindow>> TakeEndedAsync(DateTimeOffset now, bool all, CancellationToken ct) =>
        await uow.QueryAsync("""
            delete from member_sign_in_failures where $1 or first_at <= $2
            returning workspace_id, user_id, failures, first_at, last_at, last_reason
            """, r => new SignInFailureWindow(new WorkspaceId(r.GetGuid(0)), new UserId(r.GetGuid(1)), r.GetInt32(2),
                r.GetFieldValue<DateTimeOffset>(3), r.GetFieldValue<DateTimeOffset>(4), r.GetString(5)), ct,
            all, now - ISignInFailureWindows.Window);
}
