using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys;

public sealed class WorkspaceKeyDestroyedException(WorkspaceId workspace)
    : DomainException($"The key of workspace {workspace} was destroyed; its secrets cannot be opened.",
        DomainErrorKind.Conflict);
