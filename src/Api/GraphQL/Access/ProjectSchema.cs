using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Projects.AttachConnection;
using Deepnote.Application.Access.Projects.CreateProject;
using Deepnote.Application.Access.Projects.DeleteProject;
using Deepnote.Application.Access.Projects.DetachConnection;
using Deepnote.Application.Access.Projects.GetProject;
using Deepnote.Application.Access.Projects.InviteGuest;
using Deepnote.Application.Access.Projects.RenameProject;
using Deepnote.Application.Access.Projects.SetProjectCacheUse;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>Projects: creation, renaming, sharing and guests, attached connections, the cache switch.</summary>
public static class ProjectSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.ById<ProjectGraphType, ProjectDto>("project", null, Read);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutate<ProjectPayloadGraphType, CreateProjectInputGraphType, CreateProjectInput>("createProject", async (c, input) =>
            {
                var id = await c.SendAsync(new CreateProjectCommand(new WorkspaceId(ParseId(input.WorkspaceId, "workspaceId")),
                    input.Name, input.DefaultAccess ?? ProjectAccess.View));
                return await c.SendAsync(new GetProjectQuery(id));
            });

        mutation.Change<ProjectPayloadGraphType, ProjectDto>("renameProject", "projectId",
                i => i.Required<StringGraphType>("name"),
                (i, project) => new RenameProjectCommand(new ProjectId(project), i.String("name")), Read)
            .Description("EDIT and above.");

        mutation.Field("deleteProject", MutationFields.IdPayload("DeleteProjectPayload", "deletedProjectId"))
            .Description("FULL_ACCESS only.")
            .Input("DeleteProjectInput", i => i.Required<IdGraphType>("projectId"))
            .ResolveAsync(async c =>
            {
                var project = new ProjectId(c.Input().Id("projectId"));
                await c.SendAsync(new DeleteProjectCommand(project));
                return project.Value;
            });

        mutation.Mutate<ProjectPayloadGraphType, ShareProjectInputGraphType, ShareProjectInput>("shareProject", async (c, input) =>
            {
                var project = new ProjectId(ParseId(input.ProjectId, "projectId"));
                await c.SendAsync(new ShareProjectCommand(project, new UserId(ParseId(input.UserId, "userId")), input.Access));
                return await c.SendAsync(new GetProjectQuery(project));
            })
            .Description("FULL_ACCESS only; NONE removes the member's share.");

        mutation.Field<NonNullGraphType<InvitationPayloadGraphType>>("inviteGuest")
            .Description("FULL_ACCESS: mails an invitation to this project only, for someone without a workspace role; "
                + "they get access when they accept.")
            .Input("InviteGuestInput", i => i.Required<IdGraphType>("projectId").Required<StringGraphType>("email")
                .Required<ProjectAccessGraphType>("access"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                return await c.SendAsync(new InviteGuestCommand(new ProjectId(i.Id("projectId")), i.String("email"),
                    i.Enum<ProjectAccess>("access")));
            });

        mutation.Change<ProjectPayloadGraphType, ProjectDto>("attachConnection", "projectId",
                i => i.Required<IdGraphType>("connectionId"),
                (i, project) => new AttachConnectionCommand(new ProjectId(project), new ConnectionId(i.Id("connectionId"))), Read)
            .Description("EDIT and above, with a data-access grant on the connection (of the same workspace).");

        mutation.Change<ProjectPayloadGraphType, ProjectDto>("detachConnection", "projectId",
                i => i.Required<IdGraphType>("connectionId"),
                (i, project) => new DetachConnectionCommand(new ProjectId(project), new ConnectionId(i.Id("connectionId"))), Read)
            .Description("EDIT and above.");

        mutation.Change<ProjectPayloadGraphType, ProjectDto>("setProjectCacheUse", "projectId",
                i => i.Required<BooleanGraphType>("useCache"),
                (i, project) => new SetProjectCacheUseCommand(new ProjectId(project), i.Bool("useCache")), Read)
            .Description("The project's \"use cache\" switch (FULL_ACCESS). Off: its runs never read or fill the cache.");
    }

    private static GetProjectQuery Read(Guid project) => new(new ProjectId(project));
}
