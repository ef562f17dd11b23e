using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Execution.Running;

/// <summary>The limits of one run: the run asks, the connection's guardrails bound it, else the workspace's defaults,
/// else the host's; the host's hard maxima bound everything.</summary>
public static class RunLimits
{
    public static QuerySpec For(string sql, int? maxRows, int? timeoutSeconds, ConnectionGuardrails guardrails,
        WorkspaceQuerySettings workspace, ExecutionLimits host)
    {
        var timeout = Math.Min(timeoutSeconds ?? guardrails.TimeoutSeconds ?? workspace.TimeoutSeconds(host),
            Math.Min(guardrails.TimeoutSeconds ?? host.MaxTimeoutSeconds, host.MaxTimeoutSeconds));
        var rows = Math.Min(maxRows ?? guardrails.MaxRows ?? workspace.MaxRows(host),
            Math.Min(guardrails.MaxRows ?? host.MaxRows, host.MaxRows));
        var bytes = Math.Min(guardrails.MaxBytes ?? host.DefaultMaxBytes, host.MaxBytes);
        return new QuerySpec(sql, guardrails.AllowWrites, timeout, rows, bytes);
    }
}
