namespace Deepnote.Application.Common.Authorization;

public sealed record AnyoneRequirement : AccessRequirement;
