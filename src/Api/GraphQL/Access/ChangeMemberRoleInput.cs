using Deepnote.Domain.Access;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ChangeMemberRoleInput
{
    public string WorkspaceId { get; set; } = "";

    public string UserId { get; set; } = "";

    public WorkspaceRole Role { get; set; }
}
