using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.UnitTests.Application;

/// <summary>A saved block is run on the connection it points at now; if an editor pointed it elsewhere after the
/// pipeline authorised the run, that connection is decided again and a refusal is recorded like any denial.</summary>
public sealed class PrepareRunTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.New();
    private static readonly ProjectId Project = ProjectId.New();
    private static readonly BlockId Block = BlockId.New();
    private static readonly ConnectionId Repointed = ConnectionId.New();
    private readonly Events _events = new();

    [Fact]
    public async Task Block_RepointedToAConnectionTheActorMayNotUse_IsForbiddenAndRecorded()
    {
        var handler = Handler(new Policy(new AuthorizationDecision(DecisionOutcome.Forbidden, "no data-access grant", Workspace.Value)));

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => handler.Handle(Query(), default).AsTask());

        Assert.Contains("no data-access grant", refused.Message);
        var denied = Assert.IsType<AccessDenied>(Assert.Single(_events.Appended).Event);
        Assert.Equal(Project.Value, denied.TargetId);
        Assert.Equal(Workspace.Value, Assert.Single(_events.Appended).Chain);
    }

    [Fact]
    public async Task Block_OnAConnectionTheActorMayUse_RunsItsCurrentSql()
    {
        var handler = Handler(new Policy(AuthorizationDecision.Allow("granted", Workspace.Value)));

        var run = await handler.Handle(Query(), default);

        Assert.Equal(Repointed, run.ConnectionId);
        Assert.Equal("select 2", run.Sql);
        Assert.Empty(_events.Appended);
    }

    private static PrepareRunQuery Query() => new(Project, Block, null, null);

    private IQueryHandler<PrepareRunQuery, PreparedRun> Handler(IAuthorizationPolicy policy)
    {
        var denials = new DenialLog(_events, new DenialThrottle(new DenialLimits()), new Actor(), TimeProvider.System);
        return (IQueryHandler<PrepareRunQuery, PreparedRun>)Activator.CreateInstance(
            typeof(Deepnote.Application.DependencyInjection).Assembly.GetType("Deepnote.Application.Access.Contracts.PrepareRun.PrepareRunQueryHandler")!,
            new Runs(), policy, denials, new RequestContext())!;
    }

    private sealed class Runs : IRunContextReader
    {
        public Task<RunContext?> GetRunContextAsync(ProjectId project, BlockId? block, CancellationToken ct) =>
            Task.FromResult<RunContext?>(new RunContext(Workspace, true, Repointed, "select 2", WorkspaceQuerySettings.HostDefaults));
    }

    private sealed class Policy(AuthorizationDecision decision) : IAuthorizationPolicy
    {
        public ValueTask<AuthorizationDecision> DecideAsync(AccessRequirement requirement, bool nested, CancellationToken ct) =>
            ValueTask.FromResult(requirement is ProjectRunRequirement { Connection: var c } && c == Repointed
                ? decision
                : throw new InvalidOperationException("decided on the wrong connection"));

        public ValueTask<AuthorizationDecision> DecideForAsync(UserId user, AccessRequirement requirement, CancellationToken ct) =>
            throw new InvalidOperationException("not for another user");
    }

    private sealed class Actor : ICurrentActor
    {
        public UserId? UserId { get; } = Deepnote.Domain.SharedKernel.UserId.New();
        public ActorKind Kind => ActorKind.User;
        public string? IpAddress => "127.0.0.1";
        public string? UserAgent => "tests";
        public string CorrelationId => "prepare-run";
    }

    private sealed class Events : IEventStore
    {
        public List<(Guid Chain, IDomainEvent Event)> Appended { get; } = [];

        public Task AppendStandaloneAsync(Guid streamId, Guid chainId, IDomainEvent domainEvent, CancellationToken ct)
        {
            Appended.Add((chainId, domainEvent));
            return Task.CompletedTask;
        }

        public Task SaveAsync(IEventSourced aggregate, CancellationToken ct) => throw new InvalidOperationException();

        public Task AppendAsync(Guid streamId, Guid chainId, long? expectedVersion, IReadOnlyList<IDomainEvent> events,
            CancellationToken ct) => throw new InvalidOperationException();

        public Task<IReadOnlyList<RecordedEvent>> FetchStreamAsync(Guid streamId, CancellationToken ct) =>
            throw new InvalidOperationException();

        public Task<T?> AggregateStreamAsync<T>(Guid streamId, CancellationToken ct) where T : class, IEventSourced, new() =>
            throw new InvalidOperationException();
    }
}
