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

internal sealed class StartSsoCommandValidator : AbstractValidator<StartSsoCommand>
{
    public StartSsoCommandValidator() => RuleFor(c => c.Email).ValidEmail();
}
