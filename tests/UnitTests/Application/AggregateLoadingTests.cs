using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.UnitTests.Application;

/// <summary>Load-change-save for every aggregate: a deleted one is NOT_FOUND (through the interface the store sees,
/// not only on the class), a live one is changed and saved once at the version it was loaded at.</summary>
public sealed class AggregateLoadingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task LoadAsync_ADeletedAggregate_IsNotFound_AndChangeAsyncSavesNothing()
    {
        var project = Project.Create(WorkspaceId.New(), "Gone", ProjectAccess.Edit, UserId.New(), Now);
        project.Delete(Now);
        project.MarkCommitted();
        var store = new OneAggregateStore(project);

        Assert.True(((IEventSourced)project).IsDeleted);
        await Assert.ThrowsAsync<NotFoundException>(() => store.LoadAsync<Project>(project.Id, default));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            store.ChangeAsync(project.Id, (Project p) => { p.Rename("Back", Now); return true; }, default));
        Assert.Equal(0, store.Saves);
    }

    [Fact]
    public async Task ChangeAsync_ALiveAggregate_AppliesTheChangeAndSavesItOnce()
    {
        var project = Project.Create(WorkspaceId.New(), "Live", ProjectAccess.Edit, UserId.New(), Now);
        project.MarkCommitted();
        var store = new OneAggregateStore(project);

        var changed = await store.ChangeAsync(project.Id, (Project p) => p.SetCacheUse(false, Now), default);

        Assert.True(changed);
        Assert.Equal(1, store.Saves);
        Assert.False(project.UseCache);
        Assert.False(((IEventSourced)project).IsDeleted);
    }

    private sealed class OneAggregateStore(IEventSourced aggregate) : IEventStore
    {
        public int Saves { get; private set; }

        public Task SaveAsync(IEventSourced saved, CancellationToken ct)
        {
            Saves++;
            saved.MarkCommitted();
            return Task.CompletedTask;
        }

        public Task AppendAsync(Guid streamId, Guid chainId, long? expectedVersion, IReadOnlyList<IDomainEvent> events,
            CancellationToken ct) => throw new NotSupportedException();

        public Task AppendStandaloneAsync(Guid streamId, Guid chainId, IDomainEvent domainEvent, CancellationToken ct) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<RecordedEvent>> FetchStreamAsync(Guid streamId, CancellationToken ct) =>
            throw new NotSupportedException();

        public Task<T?> AggregateStreamAsync<T>(Guid streamId, CancellationToken ct) where T : class, IEventSourced, new() =>
            Task.FromResult(streamId == aggregate.StreamId ? aggregate as T : null);
    }
}
