using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class AcceptInvitationInputGraphType : InputObjectGraphType<AcceptInvitationInput>
{
    public AcceptInvitationInputGraphType()
    {
        Name = "AcceptInvitationInput";
        Field(i => i.Token);
        Field(i => i.Password);
    }
}
