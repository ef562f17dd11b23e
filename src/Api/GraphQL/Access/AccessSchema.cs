using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Workspaces.ChangeMemberRole;
using Deepnote.Application.Access.Workspaces.CreateWorkspace;
using Deepnote.Application.Access.Workspaces.GetWorkspace;
using Deepnote.Application.Access.Workspaces.InviteMember;
using Deepnote.Application.Access.Workspaces.RemoveMember;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>The access module's fields: workspaces and their members.</summary>
public static class AccessSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<WorkspaceGraphType>("workspace")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.SendAsync(new GetWorkspaceQuery(new WorkspaceId(c.GetId("id")))));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WorkspacePayloadGraphType>>("createWorkspace")
            .Argument<NonNullGraphType<CreateWorkspaceInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var id = await c.SendAsync(new CreateWorkspaceCommand(c.GetArgument<CreateWorkspaceInput>("input").Name));
                return await c.SendAsync(new GetWorkspaceQuery(id));
            });

        mutation.Field<NonNullGraphType<MemberPayloadGraphType>>("inviteMember")
            .Argument<NonNullGraphType<InviteMemberInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<InviteMemberInput>("input");
                var workspace = new WorkspaceId(ResolveContextExtensions.ParseId(input.WorkspaceId, "workspaceId"));
                var invited = await c.SendAsync(new InviteMemberCommand(workspace, input.Email, input.Role));
                var request = c.Http().Request;
                var link = invited.InvitationToken is { } token
                    ? $"{request.Scheme}://{request.Host}/invite?token={Uri.EscapeDataString(token)}"
                    : null;
                return new MemberPayload(invited.Member, link);
            });

        mutation.Field<NonNullGraphType<MemberPayloadGraphType>>("changeMemberRole")
            .Argument<NonNullGraphType<ChangeMemberRoleInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ChangeMemberRoleInput>("input");
                var member = await c.SendAsync(new ChangeMemberRoleCommand(
                    new WorkspaceId(ResolveContextExtensions.ParseId(input.WorkspaceId, "workspaceId")),
                    new UserId(ResolveContextExtensions.ParseId(input.UserId, "userId")), input.Role));
                return new MemberPayload(member, null);
            });

        mutation.Field<NonNullGraphType<WorkspacePayloadGraphType>>("updateWorkspaceSettings")
            .Description("ADMIN: the longest lifetime (days) an API token of this workspace may have.")
            .Input("UpdateWorkspaceSettingsInput", i => i.Required<IdGraphType>("workspaceId")
                .Required<IntGraphType>("maxTokenLifetimeDays"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var workspace = new WorkspaceId(i.Id("workspaceId"));
                await c.SendAsync(new UpdateWorkspaceSettingsCommand(workspace, i.Int("maxTokenLifetimeDays")));
                return await c.SendAsync(new GetWorkspaceQuery(workspace));
            });

        mutation.Field<NonNullGraphType<WorkspacePayloadGraphType>>("updateWorkspaceQuerySettings")
            .Description("ADMIN: defaults for a run (statement timeout, rows) and the longest result-cache TTL in this "
                + "workspace, within the host's maxima; null returns to the host's value.")
            .Input("UpdateWorkspaceQuerySettingsInput", i => i.Required<IdGraphType>("workspaceId")
                .Optional<IntGraphType>("defaultTimeoutSeconds").Optional<IntGraphType>("defaultMaxRows")
                .Optional<IntGraphType>("maxCacheTtlSeconds"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var workspace = new WorkspaceId(i.Id("workspaceId"));
                await c.SendAsync(new UpdateWorkspaceQuerySettingsCommand(workspace, i.OptionalInt("defaultTimeoutSeconds"),
                    i.OptionalInt("defaultMaxRows"), i.OptionalInt("maxCacheTtlSeconds")));
                return await c.SendAsync(new GetWorkspaceQuery(workspace));
            });

        mutation.Field("removeMember", MutationFields.IdPayload("RemoveMemberPayload", "removedUserId"))
            .Description("ADMIN: removes a member from this workspace.")
            .Argument<NonNullGraphType<RemoveMemberInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RemoveMemberInput>("input");
                var user = new UserId(ResolveContextExtensions.ParseId(input.UserId, "userId"));
                await c.SendAsync(new RemoveMemberCommand(
                    new WorkspaceId(ResolveContextExtensions.ParseId(input.WorkspaceId, "workspaceId")), user));
                return user.Value;
            });
    }
}
