namespace Deepnote.Application.Access.Workspaces;

/// <summary>A workspace's query settings: its own (null: the host's) and the values in effect.</summary>
public sealed record WorkspaceQuerySettingsDto(Contracts.WorkspaceQuerySettings Own, int TimeoutSeconds, int MaxRows,
    int MaxCacheTtlSeconds);
