using Deepnote.Application.Common;
using FluentValidation;

namespace Deepnote.Application.Vault.Files.ListFiles;

internal sealed class ListFilesQueryValidator : AbstractValidator<ListFilesQuery>
{
    public ListFilesQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
