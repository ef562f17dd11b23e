using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class SignInInputGraphType : InputObjectGraphType<SignInInput>
{
    public SignInInputGraphType()
    {
        Name = "SignInInput";
        Field(i => i.Email);
        Field(i => i.Password);
    }
}
