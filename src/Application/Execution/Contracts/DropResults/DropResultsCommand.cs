using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.DropResults;

/// <summary>Sign-out: the user's running queries on this node are cancelled and their results dropped.</summary>
public sealed record DropResultsCommand(UserId UserId) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
