using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

public sealed record SignedInRequirement : AccessRequirement;
