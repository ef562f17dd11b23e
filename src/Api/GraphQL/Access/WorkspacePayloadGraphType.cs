using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Workspaces.ListMembers;
using Deepnote.Domain.Access;
using global::GraphQL;
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
