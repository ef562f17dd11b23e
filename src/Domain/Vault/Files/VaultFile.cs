using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Files.Events;

namespace Deepnote.Domain.Vault.Files;

/// <summary>An uploaded data file (CSV or Parquet) of a workspace, stored encrypted in chunks by the vault.</summary>
public sealed class VaultFile : AggregateRoot<FileId>
{
    public const int MaxNameLength = 255;
    public static readonly string[] AllowedExtensions = [".csv", ".parquet", ".duckdb"];

    public WorkspaceId WorkspaceId { get; private set; }

    public string Name { get; private set; } = "";

    public override Guid ChainId => WorkspaceId.Value;

    private bool _deleted;

    public override bool IsDeleted => _deleted;

    public static VaultFile Upload(FileId id, WorkspaceId workspace, string name, string contentType, long size,
        string contentHmac, UserId by, DateTimeOffset now)
    {
        var file = new VaultFile();
        file.Raise(new FileUploaded(id, workspace, name, contentType, size, null, by, now, contentHmac));
        return file;
    }

    public void Delete(UserId by, DateTimeOffset now)
    {
        if (_deleted) throw new FileDeletedException(Id);
        Raise(new FileDeleted(Id, WorkspaceId, by, now));
    }

    public static bool IsAllowedName(string name) =>
        name.Length is > 0 and <= MaxNameLength && name.IndexOfAny(['/', '\\', '\0']) < 0
        && AllowedExtensions.Contains(Path.GetExtension(name).ToLowerInvariant());

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case FileUploaded e: (Id, WorkspaceId, Name) = (e.FileId, e.WorkspaceId, e.Name); break;
            case FileDeleted: _deleted = true; break;
            default: throw new InvalidOperationException($"{nameof(VaultFile)} cannot apply {domainEvent.GetType().Name}.");
        }
    }
}
