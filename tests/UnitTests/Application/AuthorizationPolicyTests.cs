using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.UnitTests.Application;

public sealed class AuthorizationPolicyTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.New();
    private readonly Actor _actor = new();
    private readonly Memberships _memberships = new();

    private IAuthorizationPolicy Policy() =>
        (IAuthorizationPolicy)Activator.CreateInstance(
            typeof(Deepnote.Application.DependencyInjection).Assembly.GetType("Deepnote.Application.Access.Authorization.AuthorizationPolicy")!,
            _actor, _memberships)!;

    [Theory]
    [InlineData(WorkspaceRole.Admin, DecisionOutcome.Allowed)]
    [InlineData(WorkspaceRole.Auditor, DecisionOutcome.Allowed)]
    [InlineData(WorkspaceRole.Editor, DecisionOutcome.Forbidden)]
    [InlineData(WorkspaceRole.Viewer, DecisionOutcome.Forbidden)]
    public async Task WorkspaceRole_IsDecidedByTheMembersRole(WorkspaceRole role, DecisionOutcome expected)
    {
        var user = _actor.SignIn();
        _memberships.Roles[(Workspace, user)] = role;

        var decision = await Policy().DecideAsync(
            AccessRequirement.WorkspaceRole(Workspace, WorkspaceRole.Admin, WorkspaceRole.Auditor), false, default);

        Assert.Equal(expected, decision.Outcome);
        if (expected == DecisionOutcome.Forbidden) Assert.Equal(Workspace.Value, decision.AuditWorkspace);
    }

    [Fact]
    public async Task WorkspaceRole_ForANonMember_IsNotFoundAndAuditedInTheWorkspaceOnlyIfItExists()
    {
        _actor.SignIn();
        _memberships.Existing.Add(Workspace);

        var existing = await Policy().DecideAsync(AccessRequirement.WorkspaceMember(Workspace), false, default);
        var missing = await Policy().DecideAsync(AccessRequirement.WorkspaceMember(WorkspaceId.New()), false, default);

        Assert.Equal(DecisionOutcome.NotFound, existing.Outcome);
        Assert.Equal(Workspace.Value, existing.AuditWorkspace);
        Assert.Equal(DecisionOutcome.NotFound, missing.Outcome);
        Assert.Null(missing.AuditWorkspace);
    }

    [Fact]
    public async Task SignedInAndWorkspace_ForAnonymous_AreUnauthenticated()
    {
        Assert.Equal(DecisionOutcome.Unauthenticated,
            (await Policy().DecideAsync(AccessRequirement.SignedIn, false, default)).Outcome);
        Assert.Equal(DecisionOutcome.Unauthenticated,
            (await Policy().DecideAsync(AccessRequirement.WorkspaceMember(Workspace), false, default)).Outcome);
        Assert.True((await Policy().DecideAsync(AccessRequirement.Anyone, false, default)).Allowed);
    }

    [Fact]
    public async Task Internal_IsAllowedOnlyWhenNested_AndSystemOnlyForTheHost()
    {
        _actor.SignIn();

        Assert.False((await Policy().DecideAsync(AccessRequirement.Internal, nested: false, default)).Allowed);
        Assert.True((await Policy().DecideAsync(AccessRequirement.Internal, nested: true, default)).Allowed);
        Assert.False((await Policy().DecideAsync(AccessRequirement.System, false, default)).Allowed);
        _actor.Kind = ActorKind.System;
        Assert.True((await Policy().DecideAsync(AccessRequirement.System, false, default)).Allowed);
    }

    [Theory]
    [InlineData(WorkspaceRole.Admin, false, true, true, false)]
    [InlineData(WorkspaceRole.Admin, true, true, true, true)]
    [InlineData(WorkspaceRole.Editor, true, false, true, true)]
    [InlineData(WorkspaceRole.Editor, false, false, false, false)]
    [InlineData(WorkspaceRole.Viewer, true, false, true, true)]
    public async Task Connection_ManageNeedsAdmin_ViewNeedsAdminOrGrant_UseNeedsAGrantEvenForAdmins(WorkspaceRole role,
        bool granted, bool manage, bool view, bool use)
    {
        var user = _actor.SignIn();
        var connection = ConnectionId.New();
        _memberships.Roles[(Workspace, user)] = role;
        _memberships.Connections[connection] = Workspace;
        if (granted) _memberships.Grants.Add((connection, user));

        async Task<bool> Allowed(ConnectionUse u) =>
            (await Policy().DecideAsync(AccessRequirement.OnConnection(connection, u), false, default)).Allowed;

        Assert.Equal(manage, await Allowed(ConnectionUse.Manage));
        Assert.Equal(view, await Allowed(ConnectionUse.View));
        Assert.Equal(use, await Allowed(ConnectionUse.Use));
    }

    [Theory]
    [InlineData(WorkspaceRole.Editor, true, true, true, DecisionOutcome.Allowed)]
    [InlineData(WorkspaceRole.Editor, false, true, true, DecisionOutcome.Forbidden)]
    [InlineData(WorkspaceRole.Editor, true, false, true, DecisionOutcome.Forbidden)]
    [InlineData(WorkspaceRole.Viewer, true, true, true, DecisionOutcome.Forbidden)]
    [InlineData(WorkspaceRole.Viewer, true, true, false, DecisionOutcome.Allowed)]
    [InlineData(WorkspaceRole.Admin, false, true, true, DecisionOutcome.Forbidden)]
    public async Task Run_NeedsTheProjectLevel_AnAttachedConnection_AndAGrant(WorkspaceRole role, bool granted,
        bool attached, bool adHoc, DecisionOutcome expected)
    {
        var user = _actor.SignIn();
        var (project, connection, block) = (ProjectId.New(), ConnectionId.New(), BlockId.New());
        _memberships.Roles[(Workspace, user)] = role;
        _memberships.Connections[connection] = Workspace;
        _memberships.Projects[project] = new ProjectAccessFacts(Workspace, role, null, ProjectAccess.Edit);
        _memberships.Blocks[(project, block)] = connection;
        if (granted) _memberships.Grants.Add((connection, user));
        if (attached) _memberships.Attached.Add((project, connection));

        var requirement = adHoc
            ? AccessRequirement.ToRun(project, null, connection, ProjectAccess.Edit)
            : AccessRequirement.ToRun(project, block, null, ProjectAccess.Execute);
        var decision = await Policy().DecideAsync(requirement, false, default);

        Assert.Equal(expected, decision.Outcome);
        Assert.Equal(Workspace.Value, decision.AuditWorkspace);
    }

    [Fact]
    public async Task Run_OfAMissingBlock_IsNotFound()
    {
        var user = _actor.SignIn();
        var project = ProjectId.New();
        _memberships.Roles[(Workspace, user)] = WorkspaceRole.Editor;
        _memberships.Projects[project] = new ProjectAccessFacts(Workspace, WorkspaceRole.Editor, null, ProjectAccess.Edit);

        var decision = await Policy().DecideAsync(
            AccessRequirement.ToRun(project, BlockId.New(), null, ProjectAccess.Execute), false, default);

        Assert.Equal(DecisionOutcome.NotFound, decision.Outcome);
    }

    [Fact]
    public async Task Connection_OfAnotherWorkspaceOrDeleted_IsNotFound()
    {
        _actor.SignIn();
        var elsewhere = ConnectionId.New();
        _memberships.Connections[elsewhere] = WorkspaceId.New();

        var other = await Policy().DecideAsync(AccessRequirement.OnConnection(elsewhere, ConnectionUse.View), false, default);
        var missing = await Policy().DecideAsync(AccessRequirement.OnConnection(ConnectionId.New(), ConnectionUse.View), false, default);

        Assert.Equal(DecisionOutcome.NotFound, other.Outcome);
        Assert.Equal(DecisionOutcome.NotFound, missing.Outcome);
    }

    [Theory]
    [InlineData(WorkspaceRole.Viewer, ProjectAccess.Edit, ProjectAccess.Execute, true)]
    [InlineData(WorkspaceRole.Viewer, ProjectAccess.Edit, ProjectAccess.Edit, false)]
    [InlineData(WorkspaceRole.Editor, ProjectAccess.Edit, ProjectAccess.Edit, true)]
    [InlineData(WorkspaceRole.Editor, ProjectAccess.Edit, ProjectAccess.FullAccess, false)]
    public async Task Project_IsDecidedByTheEffectiveLevel(WorkspaceRole role, ProjectAccess shared, ProjectAccess needed,
        bool allowed)
    {
        var user = _actor.SignIn();
        var project = ProjectId.New();
        _memberships.Projects[project] = new ProjectAccessFacts(Workspace, role, shared, ProjectAccess.None);

        var decision = await Policy().DecideAsync(AccessRequirement.OnProject(project, needed), false, default);

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(Workspace.Value, decision.AuditWorkspace);
    }

    [Theory]
    [InlineData(true, WorkspaceRole.Viewer, DecisionOutcome.Allowed)]
    [InlineData(false, WorkspaceRole.Admin, DecisionOutcome.Allowed)]
    [InlineData(false, WorkspaceRole.Editor, DecisionOutcome.Forbidden)]
    [InlineData(false, null, DecisionOutcome.NotFound)]
    public async Task ApiToken_IsRevokedByItsOwnerOrAnAdminOfItsWorkspace(bool owner, WorkspaceRole? role,
        DecisionOutcome expected)
    {
        var user = _actor.SignIn();
        var token = ApiTokenId.New();
        if (role is { } r) _memberships.Roles[(Workspace, user)] = r;
        _memberships.Tokens[token] = new ApiTokenFacts(Workspace, owner ? user : UserId.New());

        var decision = await Policy().DecideAsync(AccessRequirement.OnApiToken(token), false, default);

        Assert.Equal(expected, decision.Outcome);
        Assert.Equal(token.Value, AccessRequirement.OnApiToken(token).Target);
        if (expected == DecisionOutcome.NotFound) Assert.Equal("This API token was not found.", decision.Reason);
    }

    [Fact]
    public async Task ApiToken_UsedOutsideItsWorkspace_AnswersLikeAnUnknownId_InTheTargetsChain()
    {
        var user = _actor.SignIn();
        var target = WorkspaceId.New();
        _actor.TokenWorkspace = Workspace;
        _memberships.Roles[(Workspace, user)] = WorkspaceRole.Admin;
        _memberships.Roles[(target, user)] = WorkspaceRole.Admin;

        var foreign = await Policy().DecideAsync(AccessRequirement.WorkspaceMember(target), false, default);
        var unknown = await Policy().DecideAsync(AccessRequirement.WorkspaceMember(WorkspaceId.New()), false, default);

        Assert.Equal(DecisionOutcome.NotFound, foreign.Outcome);
        Assert.Equal(target.Value, foreign.AuditWorkspace);
        Assert.Equal(unknown.Reason.Split(' ')[0], foreign.Reason.Split(' ')[0]);
        Assert.Equal(unknown.Reason[^15..], foreign.Reason[^15..]);
    }

    [Fact]
    public async Task ALookupFailure_PropagatesInsteadOfAllowing()
    {
        _actor.SignIn();
        _memberships.Fail = true;

        await Assert.ThrowsAsync<TimeoutException>(async () =>
            await Policy().DecideAsync(AccessRequirement.WorkspaceMember(Workspace), false, default));
    }

    private sealed class Actor : ICurrentActor
    {
        public UserId? UserId { get; private set; }

        public ActorKind Kind { get; set; } = ActorKind.Anonymous;

        public string? IpAddress => null;

        public string? UserAgent => null;

        public string CorrelationId => "test";

        public WorkspaceId? TokenWorkspace { get; set; }

        public UserId SignIn()
        {
            UserId = Deepnote.Domain.SharedKernel.UserId.New();
            Kind = ActorKind.User;
            return UserId.Value;
        }
    }

    private sealed class Memberships : IAccessFacts
    {
        public Dictionary<(WorkspaceId, UserId), WorkspaceRole> Roles { get; } = [];

        public HashSet<WorkspaceId> Existing { get; } = [];

        public bool Fail { get; set; }

        public Task<WorkspaceRole?> GetRoleAsync(WorkspaceId workspace, UserId user, CancellationToken ct) =>
            Fail ? throw new TimeoutException() :
            Task.FromResult(Roles.TryGetValue((workspace, user), out var r) ? r : (WorkspaceRole?)null);

        public Task<bool> WorkspaceExistsAsync(WorkspaceId workspace, CancellationToken ct) =>
            Task.FromResult(Existing.Contains(workspace) || Roles.Keys.Any(k => k.Item1 == workspace));

        public Dictionary<ConnectionId, WorkspaceId> Connections { get; } = [];

        public HashSet<(ConnectionId, UserId)> Grants { get; } = [];

        public Task<WorkspaceId?> GetConnectionWorkspaceAsync(ConnectionId connection, CancellationToken ct) =>
            Task.FromResult(Connections.TryGetValue(connection, out var w) ? w : (WorkspaceId?)null);

        public Task<WorkspaceId?> GetFileWorkspaceAsync(FileId file, CancellationToken ct) =>
            Task.FromResult<WorkspaceId?>(null);

        public Task<WorkspaceId?> GetInvitationWorkspaceAsync(Guid invitation, CancellationToken ct) =>
            Task.FromResult<WorkspaceId?>(null);

        public Task<IReadOnlyList<WorkspaceId>> ListMembershipsAsync(UserId user, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<WorkspaceId>>([]);

        public Dictionary<ProjectId, ProjectAccessFacts> Projects { get; } = [];

        public Task<ProjectAccessFacts?> GetProjectAccessAsync(ProjectId project, UserId user, CancellationToken ct) =>
            Task.FromResult(Projects.TryGetValue(project, out var facts) ? facts : null);

        public Dictionary<(ProjectId, BlockId), ConnectionId> Blocks { get; } = [];

        public HashSet<(ProjectId, ConnectionId)> Attached { get; } = [];

        public Task<ConnectionId?> GetBlockConnectionAsync(ProjectId project, BlockId block, CancellationToken ct) =>
            Task.FromResult<ConnectionId?>(Blocks.TryGetValue((project, block), out var c) ? c : null);

        public Task<bool> IsAttachedAsync(ProjectId project, ConnectionId connection, CancellationToken ct) =>
            Task.FromResult(Attached.Contains((project, connection)));

        public Task<bool> HasGrantAsync(ConnectionId connection, UserId user, CancellationToken ct) =>
            Task.FromResult(Grants.Contains((connection, user)));

        public Dictionary<ApiTokenId, ApiTokenFacts> Tokens { get; } = [];

        public Task<ApiTokenFacts?> GetApiTokenAsync(ApiTokenId token, CancellationToken ct) =>
            Task.FromResult(Tokens.TryGetValue(token, out var facts) ? facts : null);
    }
}
