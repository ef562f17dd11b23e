using Deepnote.Domain.Execution;

namespace Deepnote.Application.Execution.Running;

/// <summary>What is said about a statement without repeating it: its keyed hash's purpose and the attribution comment sent with it so that a DBA can tell who ran it (ids only, no personal data).</summary>
public static class SqlText
{
    /// <summary>The purpose the statement's keyed hash is made for (Vault's <c>KeyedHashQuery</c>).</summary>
    public const string HashPurpose = "sql";

    public static string Attribution(ExecutionTarget target) =>
        $"/* deepnote workspace={target.WorkspaceId} project={target.ProjectId} "
        + $"block={(target.BlockId is { } b ? b.ToString() : "ad-hoc")} actor=user execution={target.ExecutionId} */ ";
}
