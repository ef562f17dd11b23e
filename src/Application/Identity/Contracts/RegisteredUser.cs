using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Contracts;

public sealed record RegisteredUser(UserId UserId, string? InvitationToken);
