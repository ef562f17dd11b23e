using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.Security;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions.EndSession;
using Deepnote.Application.Identity.Sessions.SignIn;
using Deepnote.Application.Identity.Sessions.SignOut;
using Deepnote.Application.Identity.Sessions.SignOutEverywhere;
using Deepnote.Application.Identity.Setup.CompleteSetup;
using Deepnote.Application.Identity.Users.AcceptInvitation;
using Deepnote.Application.Identity.Users.ChangePassword;
using Deepnote.Application.Identity.Users.CompleteSignUp;
using Deepnote.Application.Identity.Users.GetCurrentUser;
using Deepnote.Application.Identity.Users.PreviewInvitation;
using Deepnote.Application.Identity.Users.RequestPasswordReset;
using Deepnote.Application.Identity.Users.ResetPassword;
using Deepnote.Application.Identity.Users.SignUp;
using global::GraphQL;
using global::GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Mediator;

namespace Deepnote.Api.GraphQL.Identity;

public static class IdentitySchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<UserGraphType>("me").Description("The signed-in user, or null when signed out.")
            .ResolveAsync(async c => await c.SendAsync(new GetCurrentUserQuery()));

        query.Field<NonNullGraphType<Access.InvitationGraphType>>("invitationPreview")
            .Description("What a mailed invitation link is for (workspace or project, role, who invited, until when), "
                + "with the link's token, before choosing a password; the token stays usable. NOT_FOUND for an unknown, "
                + "used, expired, revoked or answered link.")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .ResolveAsync(async c => await c.SendAsync(new PreviewInvitationQuery(c.GetArgument<string>("token"))));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutate<SignInPayloadGraphType, SignInInputGraphType, SignInInput>("signIn", async (c, input) =>
            {
                return await StartSessionAsync(c, new SignInCommand(input.Email, input.Password));
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("signOut")
            .ResolveAsync(async c =>
            {
                if (c.Actor().SessionToken is { } token) await c.SendAsync(new SignOutCommand(token));
                SessionCookie.Clear(c.Http().Response);
                return true;
            });

        mutation.Field<NonNullGraphType<SignOutEverywherePayloadGraphType>>("signOutEverywhere")
            .Description("Ends every session of the signed-in user, in every browser.")
            .ResolveAsync(async c =>
            {
                var ended = await c.SendAsync(new SignOutEverywhereCommand());
                SessionCookie.Clear(c.Http().Response);
                return ended;
            });

        mutation.Field<NonNullGraphType<SignInPayloadGraphType>>("changePassword")
            .Description("Needs the current password; ends every session and starts a new one for this browser.")
            .Input("ChangePasswordInput", i => i.Required<StringGraphType>("currentPassword")
                .Required<StringGraphType>("newPassword", "12 characters or more, not a common password or an easy pattern."))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                return await StartSessionAsync(c, new ChangePasswordCommand(i.String("currentPassword"), i.String("newPassword")));
            });

        mutation.Field("endSession", MutationFields.IdPayload("EndSessionPayload", "endedSessionId"))
            .Description("Ends one of your sessions (another browser, a lost laptop).")
            .Input("EndSessionInput", i => i.Required<IdGraphType>("sessionId"))
            .ResolveAsync(async c =>
            {
                var session = c.Input().Id("sessionId");
                await c.SendAsync(new EndSessionCommand(session));
                return session;
            });

        mutation.Mutate<SignInPayloadGraphType, CompleteSetupInputGraphType, CompleteSetupInput>("completeSetup", async (c, input) =>
            {
                var user = await StartSessionAsync(c, new CompleteSetupCommand(input.Token, input.Email, input.Password));
                // With sample data configured, the new admin's workspace gets it before the answer (their first page).
                await c.RequestServices!.GetRequiredService<Hosting.GettingStarted>()
                    .CreateAsync(ActorSnapshot.Of(c.Actor()), c.CancellationToken);
                return user;
            })
            .Description("Creates the first admin and the workspace `Default` with the one-time set-up token (and, where "
                + "the operator loaded sample data, a connection to it and a `Getting started` project).");

        mutation.Mutate<SignInPayloadGraphType, AcceptInvitationInputGraphType, AcceptInvitationInput>("acceptInvitation", async (c, input) =>
            {
                return await StartSessionAsync(c, new AcceptInvitationCommand(input.Token, input.Password));
            })
            .Description("For an address with no account: chooses a password with the mailed invitation link's token; the "
                + "account is created, the invitation accepted, and the person signed in.");

        mutation.Field("signUp", MutationFields.StringPayload("SignUpPayload", "email"))
            .Description("Mails a link to create an account. The answer is the same for every address.")
            .Input("SignUpInput", i => i.Required<StringGraphType>("email"))
            .ResolveAsync(async c => await c.SendAsync(new SignUpCommand(c.Input().String("email"))));

        mutation.Field<NonNullGraphType<SignInPayloadGraphType>>("completeSignUp")
            .Description("Creates the account with the mailed sign-up link's token and a password, and signs in.")
            .Input("CompleteSignUpInput", i => i.Required<StringGraphType>("token").Required<StringGraphType>("password"))
            .ResolveAsync(async c => await StartSessionAsync(c,
                new CompleteSignUpCommand(c.Input().String("token"), c.Input().String("password"))));

        mutation.Field("requestPasswordReset", MutationFields.StringPayload("RequestPasswordResetPayload", "email"))
            .Description("Mails a single-use reset link (30 minutes) if the address has an account that may use a password. "
                + "The answer is the same for every address.")
            .Input("RequestPasswordResetInput", i => i.Required<StringGraphType>("email"))
            .ResolveAsync(async c => await c.SendAsync(new RequestPasswordResetCommand(c.Input().String("email"))));

        mutation.Field<NonNullGraphType<SignInPayloadGraphType>>("resetPassword")
            .Description("Sets a new password with the mailed reset link's token; ends every session and signs this browser in.")
            .Input("ResetPasswordInput", i => i.Required<StringGraphType>("token").Required<StringGraphType>("password"))
            .ResolveAsync(async c => await StartSessionAsync(c,
                new ResetPasswordCommand(c.Input().String("token"), c.Input().String("password"))));
    }


    /// <summary>Runs a command that signs someone in, then sets the session cookie and returns the user.</summary>
    private static async Task<object?> StartSessionAsync(IResolveFieldContext context, ICommand<SignInResult> command)
    {
        var result = await context.SendAsync(command);
        if (result.RateLimited)
        {
            throw new DeepnoteError(ErrorCodes.LimitExceeded,
                $"Too many failed sign-ins for this account or address; try again in at most {SignInLimits.MaxDelay.TotalMinutes:F0} "
                + "minutes, or reset your password.");
        }

        if (result.FailureCode == SignInCommand.UnstorableEmail)
        {
            throw DeepnoteError.InvalidField("email", Application.Common.Validation.StoredText.Message);
        }

        if (result.FailureCode == ChangePasswordCommand.WrongCurrentPassword)
        {
            throw DeepnoteError.InvalidField("currentPassword", "This is not your current password.");
        }

        if (!result.Succeeded)
        {
            throw new DeepnoteError(ErrorCodes.Unauthenticated, "The email address or password is wrong.");
        }

        SessionCookie.Set(context.Http().Response, result.SessionToken!);
        context.Actor().SignedIn(result.UserId!.Value, result.SessionToken);
        return await context.SendAsync(new GetCurrentUserQuery());
    }
}
