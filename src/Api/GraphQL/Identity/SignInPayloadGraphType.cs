using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class SignInPayloadGraphType : ObjectGraphType<Application.Identity.Contracts.UserDto>
{
    public SignInPayloadGraphType()
    {
        Name = "SignInPayload";
        Field<NonNullGraphType<UserGraphType>>("user").Resolve(c => c.Source);
    }
}
