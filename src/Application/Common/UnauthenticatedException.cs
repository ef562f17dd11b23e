namespace Deepnote.Application.Common;

/// <summary>The request needs a signed-in actor (mapped to UNAUTHENTICATED).</summary>
public sealed class UnauthenticatedException(string message = "Sign in first.") : Exception(message);
