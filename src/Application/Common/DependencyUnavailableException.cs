namespace Deepnote.Application.Common;

/// <summary>A service outside the product (mail relay, DNS) did not answer; the request is refused as UNAVAILABLE.</summary>
public class DependencyUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
