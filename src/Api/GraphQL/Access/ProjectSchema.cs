using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects.AddSqlBlock;
using Deepnote.Application.Access.Projects.AttachConnection;
using Deepnote.Application.Access.Projects.CreateProject;
using Deepnote.Application.Access.Projects.DeleteProject;
using Deepnote.Application.Access.Projects.DetachConnection;
using Deepnote.Application.Access.Projects.GetProject;
using Deepnote.Application.Access.Projects.GetProjectContent;
using Deepnote.Application.Access.Projects.InviteGuest;
using Deepnote.Application.Access.Projects.RemoveSqlBlock;
using Deepnote.Application.Access.Projects.RenameProject;
using Deepnote.Application.Access.Projects.SetProjectCacheUse;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Access.Projects.UpdateSqlBlock;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>Projects: creation, sharing, attached connections and SQL blocks.</summary>
public static class ProjectSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<ProjectGraphType>("project").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.SendAsync(new GetProjectQuery(new ProjectId(c.GetId("id")))));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProjectPayloadGraphType>>("createProject")
            .Argument<NonNullGraphType<CreateProjectInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateProjectInput>("input");
                var id = await c.SendAsync(new CreateProjectCommand(new WorkspaceId(ParseId(input.WorkspaceId, "workspaceId")),
                    input.Name, input.DefaultAccess ?? ProjectAccess.View));
                return await c.SendAsync(new GetProjectQuery(id));
            });

        mutation.Field<NonNullGraphType<ProjectPayloadGraphType>>("renameProject")
            .Description("EDIT and above.")
            .Input("RenameProjectInput", i => i.Required<IdGraphType>("projectId").Required<StringGraphType>("name"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var project = new ProjectId(i.Id("projectId"));
                await c.SendAsync(new RenameProjectCommand(project, i.String("name")));
                return await c.SendAsync(new GetProjectQuery(project));
            });

        mutation.Field("deleteProject", MutationFields.IdPayload("DeleteProjectPayload", "deletedProjectId"))
            .Description("FULL_ACCESS only.")
            .Input("DeleteProjectInput", i => i.Required<IdGraphType>("projectId"))
            .ResolveAsync(async c =>
            {
                var project = new ProjectId(c.Input().Id("projectId"));
                await c.SendAsync(new DeleteProjectCommand(project));
                return project.Value;
            });

        mutation.Field<NonNullGraphType<ProjectPayloadGraphType>>("shareProject")
            .Description("FULL_ACCESS only; NONE removes the member's share.")
            .Argument<NonNullGraphType<ShareProjectInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ShareProjectInput>("input");
                var project = new ProjectId(ParseId(input.ProjectId, "projectId"));
                await c.SendAsync(new ShareProjectCommand(project, new UserId(ParseId(input.UserId, "userId")), input.Access));
                return await c.SendAsync(new GetProjectQuery(project));
            });

        mutation.Field<NonNullGraphType<InviteGuestPayloadGraphType>>("inviteGuest")
            .Description("FULL_ACCESS: gives someone without a workspace role access to this project only.")
            .Input("InviteGuestInput", i => i.Required<IdGraphType>("projectId").Required<StringGraphType>("email")
                .Required<ProjectAccessGraphType>("access"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var project = new ProjectId(i.Id("projectId"));
                var token = await c.SendAsync(new InviteGuestCommand(project, i.String("email"), i.Enum<ProjectAccess>("access")));
                var request = c.Http().Request;
                return new InviteGuestPayload(await c.SendAsync(new GetProjectQuery(project)),
                    token is null ? null : $"{request.Scheme}://{request.Host}/invite?token={Uri.EscapeDataString(token)}");
            });

        mutation.Field<NonNullGraphType<ProjectPayloadGraphType>>("attachConnection")
            .Description("EDIT and above, with a data-access grant on the connection (of the same workspace).")
            .Input("AttachConnectionInput", i => i.Required<IdGraphType>("projectId").Required<IdGraphType>("connectionId"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var project = new ProjectId(i.Id("projectId"));
                await c.SendAsync(new AttachConnectionCommand(project, new ConnectionId(i.Id("connectionId"))));
                return await c.SendAsync(new GetProjectQuery(project));
            });

        mutation.Field<NonNullGraphType<ProjectPayloadGraphType>>("detachConnection")
            .Description("EDIT and above.")
            .Input("DetachConnectionInput", i => i.Required<IdGraphType>("projectId").Required<IdGraphType>("connectionId"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var project = new ProjectId(i.Id("projectId"));
                await c.SendAsync(new DetachConnectionCommand(project, new ConnectionId(i.Id("connectionId"))));
                return await c.SendAsync(new GetProjectQuery(project));
            });

        mutation.Field<NonNullGraphType<SqlBlockPayloadGraphType>>("addSqlBlock")
            .Argument<NonNullGraphType<AddSqlBlockInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddSqlBlockInput>("input");
                var project = new ProjectId(ParseId(input.ProjectId, "projectId"));
                var block = await c.SendAsync(new AddSqlBlockCommand(project,
                    new ConnectionId(ParseId(input.ConnectionId, "connectionId")), input.Sql));
                return (await c.SendAsync(new GetProjectContentQuery(project))).Blocks.Single(b => b.Id == block);
            });

        mutation.Field<NonNullGraphType<SqlBlockPayloadGraphType>>("updateSqlBlock")
            .Description("EDIT and above.")
            .Input("UpdateSqlBlockInput", i => i.Required<IdGraphType>("projectId").Required<IdGraphType>("blockId")
                .Required<IdGraphType>("connectionId").Required<StringGraphType>("sql"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var project = new ProjectId(i.Id("projectId"));
                var block = new BlockId(i.Id("blockId"));
                await c.SendAsync(new UpdateSqlBlockCommand(project, block, new ConnectionId(i.Id("connectionId")), i.String("sql")));
                return (await c.SendAsync(new GetProjectContentQuery(project))).Blocks.Single(b => b.Id == block);
            });

        mutation.Field("removeSqlBlock", MutationFields.IdPayload("RemoveSqlBlockPayload", "removedBlockId"))
            .Description("EDIT and above.")
            .Input("RemoveSqlBlockInput", i => i.Required<IdGraphType>("projectId").Required<IdGraphType>("blockId"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var block = new BlockId(i.Id("blockId"));
                await c.SendAsync(new RemoveSqlBlockCommand(new ProjectId(i.Id("projectId")), block));
                return block.Value;
            });

        mutation.Field<NonNullGraphType<ProjectPayloadGraphType>>("setProjectCacheUse")
            .Description("The project's \"use cache\" switch (FULL_ACCESS). Off: its runs never read or fill the cache.")
            .Input("SetProjectCacheUseInput", i => i.Required<IdGraphType>("projectId").Required<BooleanGraphType>("useCache"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var project = new ProjectId(i.Id("projectId"));
                await c.SendAsync(new SetProjectCacheUseCommand(project, i.Bool("useCache")));
                return await c.SendAsync(new GetProjectQuery(project));
            });
    }
}
