using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ProjectAccessGraphType : EnumerationGraphType<ProjectAccess>
{
    public ProjectAccessGraphType() => Name = "ProjectAccess";
}

public sealed class ProjectGraphType : ObjectGraphType<ProjectDto>
{
    public ProjectGraphType(IEnumerable<IObjectTypeExtension<ProjectGraphType>> extensions)
    {
        Name = "Project";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field<NonNullGraphType<IdGraphType>>("workspaceId").Resolve(c => c.Source.WorkspaceId.Value);
        Field(p => p.Name);
        Field<NonNullGraphType<ProjectAccessGraphType>>("defaultAccess").Resolve(c => c.Source.DefaultAccess)
            .Description("The level of workspace members without a share of their own (NONE: private).");
        Field<NonNullGraphType<ProjectAccessGraphType>>("myAccess").Resolve(c => c.Source.MyAccess);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<BooleanGraphType>>("useCache").Resolve(c => c.Source.UseCache)
            .Description("The project's \"use cache\" switch. Off: its runs never read or fill the result cache.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SqlBlockGraphType>>>>("blocks")
            .Description("The project's SQL blocks in order (its content, returned whole). VIEW and above.")
            .ResolveAsync(async c => (await ProjectContentLoader.Of(c).LoadAsync(c, c.Source.Id)).Blocks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectShareGraphType>>>>("shares").Description("VIEW and above.")
            .ResolveAsync(async c => (await ProjectContentLoader.Of(c).LoadAsync(c, c.Source.Id)).Shares);
        foreach (var extension in extensions) extension.Extend(this);
    }
}

public sealed class SqlBlockGraphType : ObjectGraphType<ProjectBlockDto>
{
    public SqlBlockGraphType()
    {
        Name = "SqlBlock";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field<NonNullGraphType<IdGraphType>>("connectionId").Resolve(c => c.Source.ConnectionId.Value);
        Field(b => b.Sql);
        Field(b => b.Position);
    }
}

public sealed class ProjectShareGraphType : ObjectGraphType<ProjectShareDto>
{
    public ProjectShareGraphType()
    {
        Name = "ProjectShare";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(c => c.Source.UserId.Value);
        Field(s => s.Email);
        Field<NonNullGraphType<ProjectAccessGraphType>>("access").Resolve(c => c.Source.Access);
    }
}

public sealed class ProjectPayloadGraphType : ObjectGraphType<ProjectDto>
{
    public ProjectPayloadGraphType()
    {
        Name = "ProjectPayload";
        Field<NonNullGraphType<ProjectGraphType>>("project").Resolve(c => c.Source);
    }
}

public sealed class SqlBlockPayloadGraphType : ObjectGraphType<ProjectBlockDto>
{
    public SqlBlockPayloadGraphType()
    {
        Name = "SqlBlockPayload";
        Field<NonNullGraphType<SqlBlockGraphType>>("block").Resolve(c => c.Source);
    }
}

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

public sealed record InviteGuestPayload(ProjectDto Project, string? InvitationLink);

public sealed class InviteGuestPayloadGraphType : ObjectGraphType<InviteGuestPayload>
{
    public InviteGuestPayloadGraphType()
    {
        Name = "InviteGuestPayload";
        Field<NonNullGraphType<ProjectGraphType>>("project").Resolve(c => c.Source.Project);
        Field(p => p.InvitationLink, nullable: true)
            .Description("A one-time link for a person who had no account yet, to choose a password. Shown once.");
    }
}

public sealed class CreateProjectInput
{
    public string WorkspaceId { get; set; } = "";

    public string Name { get; set; } = "";

    public ProjectAccess? DefaultAccess { get; set; }
}

public sealed class CreateProjectInputGraphType : InputObjectGraphType<CreateProjectInput>
{
    public CreateProjectInputGraphType()
    {
        Name = "CreateProjectInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Name);
        Field<ProjectAccessGraphType>("defaultAccess").Description("For members without a share of their own; default VIEW.");
    }
}

public sealed class ShareProjectInput
{
    public string ProjectId { get; set; } = "";

    public string UserId { get; set; } = "";

    public ProjectAccess Access { get; set; }
}

public sealed class ShareProjectInputGraphType : InputObjectGraphType<ShareProjectInput>
{
    public ShareProjectInputGraphType()
    {
        Name = "ShareProjectInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<ProjectAccessGraphType>>("access");
    }
}

public sealed class AddSqlBlockInput
{
    public string ProjectId { get; set; } = "";

    public string ConnectionId { get; set; } = "";

    public string Sql { get; set; } = "";
}

public sealed class AddSqlBlockInputGraphType : InputObjectGraphType<AddSqlBlockInput>
{
    public AddSqlBlockInputGraphType()
    {
        Name = "AddSqlBlockInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field(i => i.Sql);
    }
}
