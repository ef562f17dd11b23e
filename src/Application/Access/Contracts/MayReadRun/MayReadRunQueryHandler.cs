using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Mediator;

namespace Deepnote.Application.Access.Contracts.MayReadRun;

/// <summary>The policy's own decision for the run's owner, so a result never outlives the rule that let it be made.
/// The recorded connection is checked (not the block's current one).</summary>
internal sealed class MayReadRunQueryHandler(IAuthorizationPolicy policy) : IQueryHandler<MayReadRunQuery, bool>
{
    public async ValueTask<bool> Handle(MayReadRunQuery query, CancellationToken ct)
    {
        var requirement = new ProjectRunRequirement(query.ProjectId, null, query.ConnectionId,
            query.BlockId is null ? ProjectAccess.Edit : ProjectAccess.Execute);
        return (await policy.DecideForAsync(query.UserId, requirement, ct)).Allowed;
    }
}
