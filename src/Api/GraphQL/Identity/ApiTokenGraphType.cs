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

public sealed class ApiTokenGraphType : ObjectGraphType<ApiTokenDto>
{
    public ApiTokenGraphType()
    {
        Name = "ApiToken";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field(t => t.Name);
        Field<NonNullGraphType<IdGraphType>>("ownerId").Resolve(c => c.Source.OwnerId.Value);
        Field(t => t.OwnerEmail);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeScalar>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
        Field<DateTimeScalar>("lastUsedAt").Resolve(c => c.Source.LastUsedAt);
        Field<DateTimeScalar>("revokedAt").Resolve(c => c.Source.RevokedAt);
    }
}
