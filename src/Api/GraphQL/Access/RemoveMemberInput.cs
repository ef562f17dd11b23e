namespace Deepnote.Api.GraphQL.Access;

public sealed class RemoveMemberInput
{
    public string WorkspaceId { get; set; } = "";

    public string UserId { get; set; } = "";
}
