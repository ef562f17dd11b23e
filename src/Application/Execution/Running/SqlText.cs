using System.Security.Cryptography;
using System.Text;
using Deepnote.Domain.Execution;

namespace Deepnote.Application.Execution.Running;

/// <summary>What is said about a statement without repeating it: its hash, its normalised form for the cache key,
/// and the attribution comment sent with it so that a DBA can tell who ran it (ids only, no personal data).</summary>
public static class SqlText
{
    public static string Hash(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    /// <summary>Whitespace outside quotes collapsed and trailing semicolons dropped, so that reformatting does not
    /// miss the cache; literals and identifiers are kept as written (case matters inside quotes).</summary>
    public static string Normalise(string sql)
    {
        var builder = new StringBuilder(sql.Length);
        char? quote = null;
        var pendingSpace = false;
        foreach (var c in sql.Trim().TrimEnd(';').TrimEnd())
        {
            if (quote is null && char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
            if (c is '\'' or '"') quote = quote == c ? null : quote ?? c;
        }

        return builder.ToString();
    }

    public static string Attribution(ExecutionTarget target) =>
        $"/* deepnote workspace={target.WorkspaceId} project={target.ProjectId} "
        + $"block={(target.BlockId is { } b ? b.ToString() : "ad-hoc")} actor=user execution={target.ExecutionId} */ ";
}
