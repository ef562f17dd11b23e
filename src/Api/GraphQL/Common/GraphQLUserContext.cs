namespace Deepnote.Api.GraphQL.Common;

public sealed class GraphQLUserContext(HttpContext httpContext) : Dictionary<string, object?>
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> _loaders = new();

    private int _rowsLeft = Execution.ExecutionGraphType.MaxRowsPerPage;

    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>Takes <paramref name="rows"/> from the request's budget of one page of rows in total (whatever its
    /// aliases and lists); false when they do not fit.</summary>
    public bool TryTakeRows(int rows)
    {
        if (rows <= 0) return true;
        return Interlocked.Add(ref _rowsLeft, -rows) >= 0;
    }

    /// <summary>The request's data loader of a kind (one per request; fields resolve in parallel).</summary>
    public T Loader<T>() where T : class, new() => (T)_loaders.GetOrAdd(typeof(T), _ => new T());
}
