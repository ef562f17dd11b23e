using System.Security.Cryptography;
using System.Text;
using Deepnote.Domain.Execution;

namespace Deepnote.Application.Execution.Running;

/// <summary>What is said about a statement without repeating it: its hash and the attribution comment sent with it so that a DBA can tell who ran it (ids only, no personal data).</summary>
public static class SqlText
{
    public static string Hash(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    public static string Attribution(ExecutionTarget target) =>
        $"/* deepnote workspace={target.WorkspaceId} project={target.ProjectId} "
        + $"block={(target.BlockId is { } b ? b.ToString() : "ad-hoc")} actor=user execution={target.ExecutionId} */ ";
}
