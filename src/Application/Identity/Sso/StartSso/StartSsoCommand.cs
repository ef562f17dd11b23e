using System.Security.Cryptography;
using System.Text;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
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
using Deepnote.Application.Identity.Sso.CompleteSso;

namespace Deepnote.Application.Identity.Sso.StartSso;

/// <summary>Begins single sign-on for an address: the workspace whose provider accepts its domain is found, and
/// the browser is sent to that provider (authorization code flow, PKCE S256, state, nonce).</summary>
public sealed record StartSsoCommand(string Email, Uri RedirectUri) : ICommand<Uri>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;
}
