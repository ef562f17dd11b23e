using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;

namespace Deepnote.Application.Access.Contracts.GetMyRole;

internal sealed class GetMyRoleQueryHandler(IAccessFacts facts, ICurrentActor actor)
    : IQueryHandler<GetMyRoleQuery, WorkspaceRole?>
{
    public async ValueTask<WorkspaceRole?> Handle(GetMyRoleQuery query, CancellationToken ct) =>
        actor.UserId is { } user ? await facts.GetRoleAsync(query.WorkspaceId, user, ct) : null;
}
