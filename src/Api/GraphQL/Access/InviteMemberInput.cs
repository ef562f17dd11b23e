using Deepnote.Domain.Access;

namespace Deepnote.Api.GraphQL.Access;

public sealed class InviteMemberInput
{
    public string WorkspaceId { get; set; } = "";

    public string Email { get; set; } = "";

    public WorkspaceRole Role { get; set; }
}
