using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

/// <summary>The identity module's fields: who am I, signing in and out, first set-up and invitations.</summary>
public sealed class SignOutEverywherePayloadGraphType : ObjectGraphType<int>
{
    public SignOutEverywherePayloadGraphType()
    {
        Name = "SignOutEverywherePayload";
        Field<NonNullGraphType<IntGraphType>>("endedSessions").Description("How many sessions were ended.").Resolve(c => c.Source);
    }
}
