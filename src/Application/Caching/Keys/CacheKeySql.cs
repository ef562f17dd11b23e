namespace Deepnote.Application.Caching.Keys;

/// <summary>The SQL as the cache key sees it.</summary>
public static class CacheKeySql
{
    /// <summary>Exactly as written but for ASCII whitespace and semicolons at the ends. Nothing inside is rewritten:
    /// comments, dollar quotes and escapes make any "harmless" rewrite a way to give two different queries one key.</summary>
    public static string Normalise(string sql) => sql.Trim(' ', '\t', '\r', '\n').TrimEnd(';').Trim(' ', '\t', '\r', '\n');
}
