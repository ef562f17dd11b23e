using System.Security.Cryptography;
using System.Text;
using Deepnote.Domain.Execution;

namespace Deepnote.Application.Execution.Running;

/// <summary>What is said about a statement without repeating it: its hash, its normalised form for the cache key,
/// and the attribution comment sent with it so that a DBA can tell who ran it (ids only, no personal data).</summary>
public static class SqlText
{
    public static string Hash(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    /// <summary>The SQL as the cache key sees it: exactly as written but for ASCII whitespace and semicolons at the
    /// ends. Nothing inside is rewritten: comments, dollar quotes and escapes make any "harmless" rewrite a way to
    /// give two different queries one key.</summary>
    public static string Normalise(string sql) => sql.Trim(' ', '\t', '\r', '\n').TrimEnd(';').Trim(' ', '\t', '\r', '\n');

    public static string Attribution(ExecutionTarget target) =>
        $"/* deepnote workspace={target.WorkspaceId} project={target.ProjectId} "
        + $"block={(target.BlockId is { } b ? b.ToString() : "ad-hoc")} actor=user execution={target.ExecutionId} */ ";
}
