using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.Security;
using Deepnote.Application.Identity.AcceptInvitation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.GetCurrentUser;
using Deepnote.Application.Identity.Setup;
using Deepnote.Application.Identity.SignIn;
using Deepnote.Application.Identity.SignOut;
using global::GraphQL;
using global::GraphQL.Types;
using Mediator;

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
