using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

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
