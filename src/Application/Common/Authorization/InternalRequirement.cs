namespace Deepnote.Application.Common.Authorization;

public sealed record InternalRequirement : AccessRequirement;
