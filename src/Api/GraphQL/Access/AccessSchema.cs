using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
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
        query.ById<WorkspaceGraphType, WorkspaceDto>("workspace", null, Read);
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

        mutation.Mutate<InvitationPayloadGraphType, InviteMemberInputGraphType, InviteMemberInput>("inviteMember", async (c, input) =>
                await c.SendAsync(new InviteMemberCommand(
                    new WorkspaceId(ResolveContextExtensions.ParseId(input.WorkspaceId, "workspaceId")), input.Email, input.Role)))
            .Description("ADMIN: mails an invitation; the person joins when they accept. The answer is the same whether or "
                + "not the address has an account.");

        mutation.Mutate<MemberPayloadGraphType, ChangeMemberRoleInputGraphType, ChangeMemberRoleInput>("changeMemberRole", async (c, input) =>
            {
                var member = await c.SendAsync(new ChangeMemberRoleCommand(
                    new WorkspaceId(ResolveContextExtensions.ParseId(input.WorkspaceId, "workspaceId")),
                    new UserId(ResolveContextExtensions.ParseId(input.UserId, "userId")), input.Role));
                return member;
            });

        mutation.Change<WorkspacePayloadGraphType, WorkspaceDto>("updateWorkspaceSettings", "workspaceId",
                i => i.Required<IntGraphType>("maxTokenLifetimeDays"),
                (i, workspace) => new UpdateWorkspaceSettingsCommand(new WorkspaceId(workspace), i.Int("maxTokenLifetimeDays")),
                Read)
            .Description("ADMIN: the longest lifetime (days) an API token of this workspace may have.");

        mutation.Change<WorkspacePayloadGraphType, WorkspaceDto>("updateWorkspaceQuerySettings", "workspaceId",
                i => i.Optional<IntGraphType>("defaultTimeoutSeconds").Optional<IntGraphType>("defaultMaxRows")
                    .Optional<IntGraphType>("maxCacheTtlSeconds"),
                (i, workspace) => new UpdateWorkspaceQuerySettingsCommand(new WorkspaceId(workspace),
                    i.OptionalInt("defaultTimeoutSeconds"), i.OptionalInt("defaultMaxRows"), i.OptionalInt("maxCacheTtlSeconds")),
                Read)
            .Description("ADMIN: defaults for a run (statement timeout, rows) and the longest result-cache TTL in this "
                + "workspace, within the host's maxima; null returns to the host's value.");

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

    private static GetWorkspaceQuery Read(Guid workspace) => new(new WorkspaceId(workspace));
}
