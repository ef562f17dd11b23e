namespace Deepnote.Api.GraphQL.Identity;

public sealed class CreateApiTokenInput
{
    public string WorkspaceId { get; set; } = "";

    public string Name { get; set; } = "";

    public int ExpiresInDays { get; set; }
}
