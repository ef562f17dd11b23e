using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

public sealed record SignInFailureWindow(WorkspaceId WorkspaceId, UserId UserId, int Count, DateTimeOffset From,
    DateTimeOffset To, string LastReason);
