namespace Deepnote.Infrastructure;

internal static class ExceptionChain
{
    /// <summary>The first exception of type <typeparamref name="T"/> in <paramref name="exception"/>'s chain of inner
    /// exceptions, itself included: what a library wrapped (Marten a server error, the OIDC client a refusal).</summary>
    public static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found) return found;
        }

        return null;
    }
}
