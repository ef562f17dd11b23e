using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

namespace Deepnote.Application.Access.Workspaces;

/// <summary>A workspace's query settings: its own (null: the host's) and the values in effect.</summary>
public sealed record WorkspaceQuerySettingsDto(Contracts.WorkspaceQuerySettings Own, int TimeoutSeconds, int MaxRows,
    int MaxCacheTtlSeconds);
