using Deepnote.Domain.Access;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ShareProjectInput
{
    public string ProjectId { get; set; } = "";

    public string UserId { get; set; } = "";

    public ProjectAccess Access { get; set; }
}
