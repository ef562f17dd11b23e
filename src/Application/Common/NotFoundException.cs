namespace Deepnote.Application.Common;

/// <summary>The thing asked for does not exist or is not visible to the actor (mapped to NOT_FOUND).</summary>
public sealed class NotFoundException(string message) : Exception(message);
