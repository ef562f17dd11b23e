using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;
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

public sealed class ProjectAccessGraphType : EnumerationGraphType<ProjectAccess>
{
    public ProjectAccessGraphType() => Name = "ProjectAccess";
}
