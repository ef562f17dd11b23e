using Deepnote.Domain.Access;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class CreateWorkspaceInput
{
    public string Name { get; set; } = "";
}
