using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class CreateApiTokenInputGraphType : InputObjectGraphType<CreateApiTokenInput>
{
    public CreateApiTokenInputGraphType()
    {
        Name = "CreateApiTokenInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Name);
        Field(i => i.ExpiresInDays).Description("Required: 1 to 365.");
    }
}
