using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

public sealed record AccountActivityEntry(UserId UserId, string Kind, string Detail, DateTimeOffset OccurredAt);
