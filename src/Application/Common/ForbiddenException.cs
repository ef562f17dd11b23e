namespace Deepnote.Application.Common;

/// <summary>The request was refused by the authorization policy (mapped to FORBIDDEN).</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);
