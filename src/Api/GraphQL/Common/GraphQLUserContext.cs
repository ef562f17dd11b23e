namespace Deepnote.Api.GraphQL.Common;

public sealed class GraphQLUserContext(HttpContext httpContext) : Dictionary<string, object?>
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> _loaders = new();

    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The request's data loader of a kind (one per request; fields resolve in parallel).</summary>
    public T Loader<T>() where T : class, new() => (T)_loaders.GetOrAdd(typeof(T), _ => new T());
}
