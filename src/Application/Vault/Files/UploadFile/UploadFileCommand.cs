using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Files;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Files.UploadFile;

/// <summary>Stores a CSV or Parquet file of a workspace, encrypted, streamed (ADMIN and EDITOR).</summary>
public sealed record UploadFileCommand(WorkspaceId WorkspaceId, string Name, string ContentType, Stream Content)
    : ICommand<FileDto>, IAuthorizedRequest
{
    public const long MaxBytes = 100L * 1024 * 1024;

    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Editor);

    public override string ToString() => $"{nameof(UploadFileCommand)} {{ {WorkspaceId}, {Name} }}";
}

internal sealed class UploadFileCommandValidator : AbstractValidator<UploadFileCommand>
{
    public UploadFileCommandValidator()
    {
        RuleFor(c => c.Name).Must(VaultFile.IsAllowedName)
            .WithMessage("Upload a .csv or .parquet file with a name of at most 255 characters.");
        RuleFor(c => c.ContentType).MaximumLength(200);
    }
}

internal sealed class UploadFileCommandHandler(IEventStore events, IFileVault files, IWorkspaceKeyStore keys,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<UploadFileCommand, FileDto>
{
    public async ValueTask<FileDto> Handle(UploadFileCommand command, CancellationToken ct)
    {
        var uploader = actor.RequireUser();
        await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        var id = FileId.New();
        var stored = await files.StoreAsync(command.WorkspaceId, id, command.Content, UploadFileCommand.MaxBytes, ct);
        var contentType = Path.GetExtension(command.Name).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? "text/csv"
            : "application/vnd.apache.parquet";
        var now = clock.GetUtcNow();
        var file = VaultFile.Upload(id, command.WorkspaceId, command.Name, contentType, stored.Size, stored.Sha256, uploader, now);
        await events.SaveAsync(file, ct);
        return new FileDto(id, command.WorkspaceId, command.Name, contentType, stored.Size, now);
    }
}
