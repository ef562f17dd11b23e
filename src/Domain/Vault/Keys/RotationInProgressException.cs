using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys.Events;

namespace Deepnote.Domain.Vault.Keys;

public sealed class RotationInProgressException(WorkspaceId workspace)
    : DomainException($"A key rotation of workspace {workspace} is already running.", DomainErrorKind.Conflict);
