using Deepnote.Application.Identity.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class CreateApiTokenPayloadGraphType : ObjectGraphType<CreatedApiToken>
{
    public CreateApiTokenPayloadGraphType()
    {
        Name = "CreateApiTokenPayload";
        Field<NonNullGraphType<StringGraphType>>("token").Resolve(c => c.Source.Secret).Description("The secret, shown this once: send it as `Authorization: Bearer <token>`.");
        Field<NonNullGraphType<ApiTokenGraphType>>("apiToken").Resolve(c => c.Source.Token);
    }
}
