using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

public sealed record FileRequirement(FileId File) : AccessRequirement
{
    public override Guid? Target => File.Value;
}
