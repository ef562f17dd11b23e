using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class InvitationPayloadGraphType : ObjectGraphType<InvitationDto>
{
    public InvitationPayloadGraphType()
    {
        Name = "InvitationPayload";
        Field<NonNullGraphType<InvitationGraphType>>("invitation").Resolve(c => c.Source);
    }
}
