using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

public sealed record OneTimeToken(UserId? User);
