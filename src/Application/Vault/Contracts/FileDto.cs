using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Vault.Contracts;

public sealed record FileDto(FileId Id, WorkspaceId WorkspaceId, string Name, string ContentType, long Size,
    DateTimeOffset UploadedAt);
