using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>An invitation; it never carries a link or token (those go only to the invited address).</summary>
public sealed class InvitationGraphType : ObjectGraphType<InvitationDto>
{
    public InvitationGraphType()
    {
        Name = "Invitation";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Email);
        Field<NonNullGraphType<IdGraphType>>("workspaceId").Resolve(c => c.Source.WorkspaceId.Value);
        Field<NonNullGraphType<StringGraphType>>("workspaceName").Resolve(c => c.Source.WorkspaceName);
        Field<WorkspaceRoleGraphType>("role").Description("For a member invitation.").Resolve(c => c.Source.Role);
        Field<IdGraphType>("projectId").Description("For a guest invitation.").Resolve(c => c.Source.ProjectId?.Value);
        Field<StringGraphType>("projectName").Resolve(c => c.Source.ProjectName);
        Field<ProjectAccessGraphType>("access").Description("For a guest invitation.").Resolve(c => c.Source.Access);
        Field<NonNullGraphType<InvitationStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("invitedByEmail").Resolve(c => c.Source.InvitedByEmail);
        Field<NonNullGraphType<Common.DateTimeScalar>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
    }
}
