using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

namespace Deepnote.Application.Access.Workspaces.ListMyWorkspaces;

internal sealed class ListMyWorkspacesQueryValidator : FluentValidation.AbstractValidator<ListMyWorkspacesQuery>
{
    public ListMyWorkspacesQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
