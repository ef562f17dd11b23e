using Deepnote.Domain.Access;

namespace Deepnote.Api.GraphQL.Access;

public sealed class CreateProjectInput
{
    public string WorkspaceId { get; set; } = "";

    public string Name { get; set; } = "";

    public ProjectAccess? DefaultAccess { get; set; }
}
