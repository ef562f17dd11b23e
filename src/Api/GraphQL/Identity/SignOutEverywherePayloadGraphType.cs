using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.Security;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using global::GraphQL;
using global::GraphQL.Types;
using Mediator;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;
using Deepnote.Application.Identity.Sessions.EndSession;
using Deepnote.Application.Identity.Sessions.ListMySessions;
using Deepnote.Application.Identity.Sessions.SignIn;
using Deepnote.Application.Identity.Sessions.SignOut;
using Deepnote.Application.Identity.Sessions.SignOutEverywhere;
using Deepnote.Application.Identity.Setup.CompleteSetup;
using Deepnote.Application.Identity.Setup.IssueSetupToken;
using Deepnote.Application.Identity.Users.AcceptInvitation;
using Deepnote.Application.Identity.Users.ChangePassword;
using Deepnote.Application.Identity.Users.GetCurrentUser;

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
