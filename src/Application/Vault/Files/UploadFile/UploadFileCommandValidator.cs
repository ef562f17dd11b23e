using Deepnote.Domain.Vault.Files;
using FluentValidation;

namespace Deepnote.Application.Vault.Files.UploadFile;

internal sealed class UploadFileCommandValidator : AbstractValidator<UploadFileCommand>
{
    public UploadFileCommandValidator()
    {
        RuleFor(c => c.Name).Must(VaultFile.IsAllowedName)
            .WithMessage("Upload a .csv, .parquet or .duckdb file with a name of at most 255 characters.");
        RuleFor(c => c.ContentType).MaximumLength(200);
    }
}
