using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

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
