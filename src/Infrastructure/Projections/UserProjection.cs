using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Npgsql;

namespace Deepnote.Infrastructure.Projections;

internal sealed class UserProjection : IInlineProjection
{
    public void Project(IDomainEvent domainEvent, NpgsqlBatch batch)
    {
        switch (domainEvent)
        {
            case UserRegistered e:
                batch.Add("insert into users (user_id, email, activated, registered_at) values ($1, $2, $3, $4)",
                    e.UserId.Value, e.Email, e.Activated, e.OccurredAt);
                break;
            case UserActivated e:
                batch.Add("update users set activated = true where user_id = $1", e.UserId.Value);
                break;
        }
    }
}
