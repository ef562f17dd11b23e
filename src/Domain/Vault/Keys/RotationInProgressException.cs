using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys;

public sealed class RotationInProgressException(WorkspaceId workspace)
    : DomainException($"A key rotation of workspace {workspace} is already running.", DomainErrorKind.Conflict);
