using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Contracts;

public sealed record FileDto(FileId Id, WorkspaceId WorkspaceId, string Name, string ContentType, long Size,
    DateTimeOffset UploadedAt);
