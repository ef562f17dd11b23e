using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.FindFilesNamedIn;

/// <summary>The workspace's uploaded files that <paramref name="Sql"/> names as a quoted table (<c>"sales.csv"</c>), so a
/// query decrypts only the files it reads; the newest file of a name wins; at most <paramref name="Max"/>.</summary>
public sealed record FindFilesNamedInQuery(WorkspaceId WorkspaceId, string Sql, int Max) : IQuery<IReadOnlyList<FileDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(FindFilesNamedInQuery)} {{ {WorkspaceId} }}";

    /// <summary>The text that names one file exactly (as a quoted identifier).</summary>
    public static string Named(string name) => '"' + name.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
}
