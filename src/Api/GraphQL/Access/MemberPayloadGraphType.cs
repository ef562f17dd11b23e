using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class MemberPayloadGraphType : ObjectGraphType<MemberDto>
{
    public MemberPayloadGraphType()
    {
        Name = "MemberPayload";
        Field<NonNullGraphType<MemberGraphType>>("member").Resolve(c => c.Source);
    }
}
