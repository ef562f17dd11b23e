using Deepnote.Api.GraphQL.Access;
using Deepnote.Api.GraphQL.Caching;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.GraphQL.Execution;
using Deepnote.Api.GraphQL.Identity;
using Deepnote.Api.GraphQL.Vault;

namespace Deepnote.Api.GraphQL;

/// <summary>Which module extends which other module's type (instead of one type calling into the other module).</summary>
public static class GraphQLTypeExtensions
{
    public static IServiceCollection AddGraphQLTypeExtensions(this IServiceCollection services)
    {
        services.AddSingleton<IObjectTypeExtension<ProjectGraphType>, ProjectConnectionsField>();
        services.AddSingleton<IObjectTypeExtension<ProjectGraphType>, ProjectExecutionsField>();
        services.AddSingleton<IObjectTypeExtension<ConnectionGraphType>, ConnectionCachePolicyField>();
        services.AddSingleton<IObjectTypeExtension<WorkspaceGraphType>, WorkspaceVaultFields>();
        services.AddSingleton<IObjectTypeExtension<WorkspaceGraphType>, WorkspaceApiTokensField>();
        services.AddSingleton<IObjectTypeExtension<UserGraphType>, UserMembershipFields>();
        return services;
    }
}
