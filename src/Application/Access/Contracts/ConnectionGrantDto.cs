using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Contracts;

public sealed record ConnectionGrantDto(UserId UserId, string Email, DateTimeOffset GrantedAt);
