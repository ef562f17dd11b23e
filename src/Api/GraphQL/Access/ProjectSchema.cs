using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.GraphQL.Vault;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Vault.Connections.ListProjectConnections;
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
    public ProjectGraphType()
    {
        Name = "Project";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field<NonNullGraphType<IdGraphType>>("workspaceId").Resolve(c => c.Source.WorkspaceId.Value);
        Field(p => p.Name);
        Field<NonNullGraphType<ProjectAccessGraphType>>("defaultAccess").Resolve(c => c.Source.DefaultAccess)
            .Description("The level of workspace members without a share of their own (NONE: private).");
        Field<NonNullGraphType<ProjectAccessGraphType>>("myAccess").Resolve(c => c.Source.MyAccess);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SqlBlockGraphType>>>>("blocks").Description("VIEW and above.")
            .ResolveAsync(async c => (await c.SendAsync(new GetProjectContentQuery(c.Source.Id))).Blocks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectShareGraphType>>>>("shares").Description("VIEW and above.")
            .ResolveAsync(async c => (await c.SendAsync(new GetProjectContentQuery(c.Source.Id))).Shares);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectionGraphType>>>>("connections").Description("VIEW and above.")
            .ResolveAsync(async c => await c.SendAsync(new ListProjectConnectionsQuery(c.Source.Id)));
        Execution.ExecutionSchema.AddProjectFields(this);
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

        mutation.Field<NonNullGraphType<BooleanGraphType>>("renameProject")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.SendAsync(new RenameProjectCommand(new ProjectId(c.GetId("id")), c.GetArgument<string>("name"))));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteProject").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.SendAsync(new DeleteProjectCommand(new ProjectId(c.GetId("id")))));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("shareProject")
            .Description("FULL_ACCESS only; NONE removes the member's share.")
            .Argument<NonNullGraphType<ShareProjectInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ShareProjectInput>("input");
                return await c.SendAsync(new ShareProjectCommand(new ProjectId(ParseId(input.ProjectId, "projectId")),
                    new UserId(ParseId(input.UserId, "userId")), input.Access));
            });

        mutation.Field<StringGraphType>("inviteGuest")
            .Description("FULL_ACCESS: gives someone without a workspace role access to this project only. Returns a one-time "
                + "invitation link when the person had no account.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId").Argument<NonNullGraphType<StringGraphType>>("email")
            .Argument<NonNullGraphType<ProjectAccessGraphType>>("access")
            .ResolveAsync(async c =>
            {
                var token = await c.SendAsync(new InviteGuestCommand(new ProjectId(c.GetId("projectId")),
                    c.GetArgument<string>("email"), c.GetArgument<ProjectAccess>("access")));
                var request = c.Http().Request;
                return token is null ? null : $"{request.Scheme}://{request.Host}/invite?token={Uri.EscapeDataString(token)}";
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("attachConnection")
            .Argument<NonNullGraphType<IdGraphType>>("projectId").Argument<NonNullGraphType<IdGraphType>>("connectionId")
            .ResolveAsync(async c => await c.SendAsync(new AttachConnectionCommand(new ProjectId(c.GetId("projectId")),
                new ConnectionId(c.GetId("connectionId")))));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("detachConnection")
            .Argument<NonNullGraphType<IdGraphType>>("projectId").Argument<NonNullGraphType<IdGraphType>>("connectionId")
            .ResolveAsync(async c => await c.SendAsync(new DetachConnectionCommand(new ProjectId(c.GetId("projectId")),
                new ConnectionId(c.GetId("connectionId")))));

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

        mutation.Field<NonNullGraphType<BooleanGraphType>>("updateSqlBlock")
            .Argument<NonNullGraphType<IdGraphType>>("projectId").Argument<NonNullGraphType<IdGraphType>>("blockId")
            .Argument<NonNullGraphType<IdGraphType>>("connectionId").Argument<NonNullGraphType<StringGraphType>>("sql")
            .ResolveAsync(async c => await c.SendAsync(new UpdateSqlBlockCommand(new ProjectId(c.GetId("projectId")),
                new BlockId(c.GetId("blockId")), new ConnectionId(c.GetId("connectionId")), c.GetArgument<string>("sql"))));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeSqlBlock")
            .Argument<NonNullGraphType<IdGraphType>>("projectId").Argument<NonNullGraphType<IdGraphType>>("blockId")
            .ResolveAsync(async c => await c.SendAsync(new RemoveSqlBlockCommand(new ProjectId(c.GetId("projectId")),
                new BlockId(c.GetId("blockId")))));
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
