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
