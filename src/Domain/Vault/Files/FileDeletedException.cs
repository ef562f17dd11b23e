using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Files;

public sealed class FileDeletedException(FileId id)
    : DomainException("This file has been deleted.", DomainErrorKind.NotFound)
{
    /// <summary>For the log; the message names no id.</summary>
    public FileId FileId { get; } = id;
}
