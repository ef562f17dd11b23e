using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Contracts;

public sealed record KeyRotationDto(Guid Id, string Status, int FromVersion, int ToVersion, long Total, long Done,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error);
