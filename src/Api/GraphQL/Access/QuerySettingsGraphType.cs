using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class QuerySettingsGraphType : ObjectGraphType<Application.Access.Workspaces.WorkspaceQuerySettingsDto>
{
    public QuerySettingsGraphType()
    {
        Name = "WorkspaceQuerySettings";
        Field<NonNullGraphType<IntGraphType>>("timeoutSeconds").Description("Default statement timeout in effect.")
            .Resolve(c => c.Source.TimeoutSeconds);
        Field<NonNullGraphType<IntGraphType>>("maxRows").Description("Default row limit in effect.").Resolve(c => c.Source.MaxRows);
        Field<NonNullGraphType<IntGraphType>>("maxCacheTtlSeconds").Description("Longest cache TTL in effect.")
            .Resolve(c => c.Source.MaxCacheTtlSeconds);
        Field<IntGraphType>("ownTimeoutSeconds").Description("The workspace's own value (null: the host's).")
            .Resolve(c => c.Source.Own.DefaultTimeoutSeconds);
        Field<IntGraphType>("ownMaxRows").Resolve(c => c.Source.Own.DefaultMaxRows);
        Field<IntGraphType>("ownMaxCacheTtlSeconds").Resolve(c => c.Source.Own.MaxCacheTtlSeconds);
    }
}
