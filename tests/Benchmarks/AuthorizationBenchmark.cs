using System.Diagnostics;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Authorization;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

/// <summary>The policy's decision once its facts are in memory (a "warm" decision): role × grant × project level
/// for a project, a connection and a workspace requirement. In the product the facts come from PostgreSQL on every
/// request (so that revocation is immediate); this measures the decision itself.</summary>
internal static class AuthorizationBenchmark
{
    public static void Run()
    {
        var user = UserId.New();
        var workspace = WorkspaceId.New();
        var project = ProjectId.New();
        var connection = ConnectionId.New();
        var facts = new Facts(workspace, user, project, connection);
        var policy = new AuthorizationPolicy(new Actor(user), facts);
        AccessRequirement[] requirements =
        [
            AccessRequirement.OnProject(project, ProjectAccess.Execute),
            AccessRequirement.OnConnection(connection, ConnectionUse.Use),
            AccessRequirement.WorkspaceRole(workspace, WorkspaceRole.Admin, WorkspaceRole.Editor),
        ];

        const int warmup = 50_000, samples = 300_000;
        var times = new double[samples];
        for (var i = -warmup; i < samples; i++)
        {
            var requirement = requirements[(i & int.MaxValue) % requirements.Length];
            var start = Stopwatch.GetTimestamp();
            var decision = policy.DecideAsync(requirement, nested: false, default).GetAwaiter().GetResult();
            if (i >= 0) times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            if (!decision.Allowed) throw new InvalidOperationException("the benchmark's facts should allow every requirement");
        }

        Array.Sort(times);
        Console.WriteLine($"# Authorization decision, facts in memory ({samples:N0} decisions over project, connection and workspace requirements)");
        Console.WriteLine();
        Console.WriteLine($"p50 {times[samples / 2]:F2} µs, p99 {times[(int)(samples * 0.99)]:F2} µs, p99.9 {times[(int)(samples * 0.999)]:F2} µs");
        Console.WriteLine();
    }

    private sealed class Actor(UserId user) : ICurrentActor
    {
        public UserId? UserId => user;
        public ActorKind Kind => ActorKind.User;
        public string? IpAddress => null;
        public string? UserAgent => null;
        public string CorrelationId => "bench";
    }

    private sealed class Facts(WorkspaceId workspace, UserId user, ProjectId project, ConnectionId connection) : IAccessFacts
    {
        private readonly ProjectAccessFacts _project = new(workspace, WorkspaceRole.Editor, ProjectAccess.Edit, ProjectAccess.View);

        public Task<WorkspaceRole?> GetRoleAsync(WorkspaceId w, UserId u, CancellationToken ct) =>
            Task.FromResult<WorkspaceRole?>(w == workspace && u == user ? WorkspaceRole.Editor : null);
        public Task<bool> WorkspaceExistsAsync(WorkspaceId w, CancellationToken ct) => Task.FromResult(w == workspace);
        public Task<WorkspaceId?> GetConnectionWorkspaceAsync(ConnectionId c, CancellationToken ct) =>
            Task.FromResult<WorkspaceId?>(c == connection ? workspace : null);
        public Task<bool> HasGrantAsync(ConnectionId c, UserId u, CancellationToken ct) => Task.FromResult(c == connection && u == user);
        public Task<ConnectionId?> GetBlockConnectionAsync(ProjectId p, BlockId b, CancellationToken ct) =>
            Task.FromResult<ConnectionId?>(p == project ? connection : null);
        public Task<bool> IsAttachedAsync(ProjectId p, ConnectionId c, CancellationToken ct) =>
            Task.FromResult(p == project && c == connection);
        public Task<ProjectAccessFacts?> GetProjectAccessAsync(ProjectId p, UserId u, CancellationToken ct) =>
            Task.FromResult(p == project && u == user ? _project : null);
        public Task<WorkspaceId?> GetFileWorkspaceAsync(FileId file, CancellationToken ct) => Task.FromResult<WorkspaceId?>(null);

        public Task<WorkspaceId?> GetInvitationWorkspaceAsync(Guid invitation, CancellationToken ct) => Task.FromResult<WorkspaceId?>(null);

        public Task<IReadOnlyList<WorkspaceId>> ListMembershipsAsync(UserId user, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<WorkspaceId>>([]);
        public Task<ApiTokenFacts?> GetApiTokenAsync(ApiTokenId token, CancellationToken ct) => Task.FromResult<ApiTokenFacts?>(null);
    }
}
