namespace Deepnote.Application.Access.Workspaces;

public sealed record WorkspaceSettingsDto(int MaxTokenLifetimeDays);
