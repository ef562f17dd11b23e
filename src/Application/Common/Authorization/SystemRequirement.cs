namespace Deepnote.Application.Common.Authorization;

public sealed record SystemRequirement : AccessRequirement;
