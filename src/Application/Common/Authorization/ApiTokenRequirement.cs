using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

public sealed record ApiTokenRequirement(ApiTokenId Token) : AccessRequirement
{
    public override Guid? Target => Token.Value;
}
