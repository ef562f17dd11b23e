using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Contracts.FindFilesNamedIn;

/// <summary>The workspace's uploaded files that <paramref name="Sql"/> names as a quoted table (<c>"sales.csv"</c>), so a
/// query decrypts only the files it reads; the newest file of a name wins; at most <paramref name="Max"/>.</summary>
public sealed record FindFilesNamedInQuery(WorkspaceId WorkspaceId, string Sql, int Max) : IQuery<IReadOnlyList<FileDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(FindFilesNamedInQuery)} {{ {WorkspaceId} }}";
}
