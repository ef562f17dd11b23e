using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class InviteGuestPayloadGraphType : ObjectGraphType<InviteGuestPayload>
{
    public InviteGuestPayloadGraphType()
    {
        Name = "InviteGuestPayload";
        Field<NonNullGraphType<ProjectGraphType>>("project").Resolve(c => c.Source.Project);
        Field(p => p.InvitationLink, nullable: true)
            .Description("A one-time link for a person who had no account yet, to choose a password. Shown once.");
    }
}
