using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens;

/// <summary>Any member makes tokens for themselves in a workspace; a token acts as its owner with the owner's
/// current role there, and nowhere else.</summary>
public sealed record CreateApiTokenCommand(WorkspaceId WorkspaceId, string Name, int ExpiresInDays)
    : ICommand<CreatedApiToken>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
