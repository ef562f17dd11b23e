using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.Contracts;
using global::GraphQL.Types;

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
