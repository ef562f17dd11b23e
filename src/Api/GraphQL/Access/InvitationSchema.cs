using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Invitations.AcceptWorkspaceInvitation;
using Deepnote.Application.Access.Invitations.DeclineWorkspaceInvitation;
using Deepnote.Application.Access.Invitations.RevokeInvitation;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>Answering invitations (the invitee, signed in) and withdrawing them (an ADMIN).</summary>
public static class InvitationSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InvitationPayloadGraphType>>("acceptWorkspaceInvitation")
            .Description("Accepts an invitation addressed to your account's e-mail address (see `me.invitations`).")
            .Input("AcceptWorkspaceInvitationInput", i => i.Required<IdGraphType>("invitationId"))
            .ResolveAsync(async c => await c.SendAsync(new AcceptWorkspaceInvitationCommand(c.Input().Id("invitationId"))));

        mutation.Field<NonNullGraphType<InvitationPayloadGraphType>>("declineWorkspaceInvitation")
            .Description("Declines an invitation addressed to you; nothing changes in that workspace.")
            .Input("DeclineWorkspaceInvitationInput", i => i.Required<IdGraphType>("invitationId"))
            .ResolveAsync(async c => await c.SendAsync(new DeclineWorkspaceInvitationCommand(c.Input().Id("invitationId"))));

        mutation.Field<NonNullGraphType<InvitationPayloadGraphType>>("revokeInvitation")
            .Description("ADMIN: withdraws a pending invitation of your workspace; its mailed link stops working.")
            .Input("RevokeInvitationInput", i => i.Required<IdGraphType>("invitationId"))
            .ResolveAsync(async c => await c.SendAsync(new RevokeInvitationCommand(c.Input().Id("invitationId"))));
    }
}
