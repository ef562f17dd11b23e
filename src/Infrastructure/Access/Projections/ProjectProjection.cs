using Deepnote.Domain.Access.Projects.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Access.Projections;

internal sealed class ProjectProjection : IInlineProjection
{
    public IReadOnlyList<string> Tables { get; } = ["projects", "project_shares", "project_connections", "project_blocks"];

    public void Project(IDomainEvent domainEvent, ISqlBatch batch)
    {
        switch (domainEvent)
        {
            case ProjectCreated e:
                batch.Add("insert into projects (project_id, workspace_id, name, default_access, created_at) values ($1, $2, $3, $4, $5)",
                    e.ProjectId.Value, e.WorkspaceId.Value, e.Name, e.DefaultAccess.ToString(), e.OccurredAt);
                break;
            case ProjectCacheUseChanged e:
                batch.Add("update projects set use_cache = $2 where project_id = $1", e.ProjectId.Value, e.UseCache);
                break;
            case ProjectRenamed e:
                batch.Add("update projects set name = $2 where project_id = $1", e.ProjectId.Value, e.Name);
                break;
            case ProjectDeleted e:
                batch.Add("update projects set deleted_at = $2 where project_id = $1", e.ProjectId.Value, e.OccurredAt);
                break;
            case ProjectShared { Access: Domain.Access.ProjectAccess.None } e:
                batch.Add("delete from project_shares where project_id = $1 and user_id = $2", e.ProjectId.Value, e.UserId.Value);
                break;
            case ProjectShared e:
                batch.Add("""
                    insert into project_shares (project_id, user_id, access) values ($1, $2, $3)
                    on conflict (project_id, user_id) do update set access = excluded.access
                    """, e.ProjectId.Value, e.UserId.Value, e.Access.ToString());
                break;
            case ProjectGuestAdded e:
                batch.Add("""
                    insert into project_shares (project_id, user_id, access, guest) values ($1, $2, $3, true)
                    on conflict (project_id, user_id) do update set access = excluded.access, guest = true
                    """, e.ProjectId.Value, e.UserId.Value, e.Access.ToString());
                break;
            case ProjectConnectionAttached e:
                batch.Add("insert into project_connections (project_id, connection_id) values ($1, $2)",
                    e.ProjectId.Value, e.ConnectionId.Value);
                break;
            case ProjectConnectionDetached e:
                batch.Add("delete from project_connections where project_id = $1 and connection_id = $2",
                    e.ProjectId.Value, e.ConnectionId.Value);
                break;
            case SqlBlockAdded e:
                batch.Add("insert into project_blocks (block_id, project_id, connection_id, sql, position) values ($1, $2, $3, $4, $5)",
                    e.BlockId.Value, e.ProjectId.Value, e.ConnectionId.Value, e.Sql, e.Position);
                break;
            case SqlBlockUpdated e:
                batch.Add("update project_blocks set connection_id = $2, sql = $3 where block_id = $1",
                    e.BlockId.Value, e.ConnectionId.Value, e.Sql);
                break;
            case SqlBlockRemoved e:
                batch.Add("""
                    update project_blocks set position = position - 1
                    where project_id = $1 and position > (select position from project_blocks where block_id = $2)
                    """, e.ProjectId.Value, e.BlockId.Value);
                batch.Add("delete from project_blocks where block_id = $1", e.BlockId.Value);
                break;
        }
    }
}
