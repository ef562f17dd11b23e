using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects.AddSqlBlock;
using Deepnote.Application.Access.Projects.GetProjectContent;
using Deepnote.Application.Access.Projects.RemoveSqlBlock;
using Deepnote.Application.Access.Projects.UpdateSqlBlock;
using Deepnote.Domain.SharedKernel;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>A project's SQL blocks: adding, changing and removing them (EDIT and above).</summary>
public static class SqlBlockSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutate<SqlBlockPayloadGraphType, AddSqlBlockInputGraphType, AddSqlBlockInput>("addSqlBlock", async (c, input) =>
            {
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
    }
}
