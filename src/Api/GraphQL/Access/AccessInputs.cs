using Deepnote.Domain.Access;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class CreateWorkspaceInput
{
    public string Name { get; set; } = "";
}

public sealed class CreateWorkspaceInputGraphType : InputObjectGraphType<CreateWorkspaceInput>
{
    public CreateWorkspaceInputGraphType()
    {
        Name = "CreateWorkspaceInput";
        Field(i => i.Name);
    }
}

public sealed class InviteMemberInput
{
    public string WorkspaceId { get; set; } = "";

    public string Email { get; set; } = "";

    public WorkspaceRole Role { get; set; }
}

public sealed class InviteMemberInputGraphType : InputObjectGraphType<InviteMemberInput>
{
    public InviteMemberInputGraphType()
    {
        Name = "InviteMemberInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Email);
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("role");
    }
}

public sealed class ChangeMemberRoleInput
{
    public string WorkspaceId { get; set; } = "";

    public string UserId { get; set; } = "";

    public WorkspaceRole Role { get; set; }
}

public sealed class ChangeMemberRoleInputGraphType : InputObjectGraphType<ChangeMemberRoleInput>
{
    public ChangeMemberRoleInputGraphType()
    {
        Name = "ChangeMemberRoleInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("role");
    }
}

public sealed class RemoveMemberInput
{
    public string WorkspaceId { get; set; } = "";

    public string UserId { get; set; } = "";
}

public sealed class RemoveMemberInputGraphType : InputObjectGraphType<RemoveMemberInput>
{
    public RemoveMemberInputGraphType()
    {
        Name = "RemoveMemberInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field<NonNullGraphType<IdGraphType>>("userId");
    }
}
