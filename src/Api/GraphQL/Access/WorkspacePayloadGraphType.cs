using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Workspaces.ListMembers;
using Deepnote.Domain.Access;
using global::GraphQL;
using global::GraphQL.Types;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Projects.AddSqlBlock;
using Deepnote.Application.Access.Projects.AttachConnection;
using Deepnote.Application.Access.Projects.CreateProject;
using Deepnote.Application.Access.Projects.DeleteProject;
using Deepnote.Application.Access.Projects.DetachConnection;
using Deepnote.Application.Access.Projects.GetProject;
using Deepnote.Application.Access.Projects.GetProjectContent;
using Deepnote.Application.Access.Projects.InviteGuest;
using Deepnote.Application.Access.Projects.ListGuestProjects;
using Deepnote.Application.Access.Projects.ListProjects;
using Deepnote.Application.Access.Projects.RemoveSqlBlock;
using Deepnote.Application.Access.Projects.RenameProject;
using Deepnote.Application.Access.Projects.SetProjectCacheUse;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Access.Projects.UpdateSqlBlock;

namespace Deepnote.Api.GraphQL.Access;

public sealed class WorkspacePayloadGraphType : ObjectGraphType<WorkspaceDto>
{
    public WorkspacePayloadGraphType()
    {
        Name = "WorkspacePayload";
        Field<NonNullGraphType<WorkspaceGraphType>>("workspace").Resolve(c => c.Source);
    }
}
