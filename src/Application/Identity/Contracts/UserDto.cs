using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Contracts;

public sealed record UserDto(UserId Id, string Email, bool Activated, DateTimeOffset RegisteredAt);
