using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Contracts;

public sealed record RegisteredUser(UserId UserId);
