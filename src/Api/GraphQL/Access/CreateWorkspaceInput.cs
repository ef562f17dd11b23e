namespace Deepnote.Api.GraphQL.Access;

public sealed class CreateWorkspaceInput
{
    public string Name { get; set; } = "";
}
