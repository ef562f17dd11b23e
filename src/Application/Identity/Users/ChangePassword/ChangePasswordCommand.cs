using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Passwords;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users;
using FluentValidation;
using Mediator;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Users.ChangePassword;

/// <summary>Changes the signed-in user's password (the current one is required) and ends every session, so a
/// thief's session dies with the old password; the caller gets a fresh session.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<SignInResult>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;

    public override string ToString() => nameof(ChangePasswordCommand);
}
