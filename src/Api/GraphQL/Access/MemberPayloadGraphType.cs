using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class MemberPayloadGraphType : ObjectGraphType<MemberPayload>
{
    public MemberPayloadGraphType()
    {
        Name = "MemberPayload";
        Field<NonNullGraphType<MemberGraphType>>("member").Resolve(c => c.Source.Member);
        Field(p => p.InvitationLink, nullable: true)
            .Description("A one-time link for a person who had no account yet, to choose a password. Shown once.");
    }
}
