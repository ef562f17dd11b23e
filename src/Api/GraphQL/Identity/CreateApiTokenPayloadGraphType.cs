using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;
using Deepnote.Application.Identity.ApiTokens.CreateApiToken;
using Deepnote.Application.Identity.ApiTokens.ListApiTokens;
using Deepnote.Application.Identity.ApiTokens.RevokeApiToken;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

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
