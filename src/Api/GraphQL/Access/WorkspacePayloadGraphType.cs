using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class WorkspacePayloadGraphType : ObjectGraphType<WorkspaceDto>
{
    public WorkspacePayloadGraphType()
    {
        Name = "WorkspacePayload";
        Field<NonNullGraphType<WorkspaceGraphType>>("workspace").Resolve(c => c.Source);
    }
}
