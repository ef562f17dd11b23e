using Deepnote.Api.GraphQL.Common;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

/// <summary>Project.connections, added to the access module's Project type.</summary>
public sealed class ProjectConnectionsField : IObjectTypeExtension<Access.ProjectGraphType>
{
    public void Extend(Access.ProjectGraphType project) =>
        project.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectionGraphType>>>>("connections")
            .Description("The connections attached to the project. VIEW and above.")
            .ResolveAsync(async c => await c.SendAsync(
                new Application.Vault.Connections.ListProjectConnections.ListProjectConnectionsQuery(c.Source.Id)));
}
