namespace Deepnote.Application.Common.Authorization;

public sealed record SignedInRequirement : AccessRequirement;
