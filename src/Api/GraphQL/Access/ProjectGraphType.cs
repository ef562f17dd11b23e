using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

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
