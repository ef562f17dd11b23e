using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class CompleteSetupInputGraphType : InputObjectGraphType<CompleteSetupInput>
{
    public CompleteSetupInputGraphType()
    {
        Name = "CompleteSetupInput";
        Field(i => i.Token);
        Field(i => i.Email);
        Field(i => i.Password);
    }
}
