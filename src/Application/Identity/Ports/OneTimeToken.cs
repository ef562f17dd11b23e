using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Ports;

public sealed record OneTimeToken(UserId? User);
