using Deepnote.Application.Abstractions;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.EventStore;

public sealed class EventStoreTests(EventStoreFixture fixture) : IClassFixture<EventStoreFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>An event whose payload identifies who appended it and when (the user id is only a marker).</summary>
    private static UserSignedIn Marker(int writer, int index) =>
        new(new UserId(new Guid(writer, 0, 0, BitConverter.GetBytes((long)index))), Now);

    [Fact]
    public async Task Append_SixteenConcurrentWritersToOneStream_VersionsAreContiguousAndNothingIsLostOrDuplicated()
    {
        var stream = Guid.NewGuid();
        var chain = Guid.NewGuid();
        const int writers = 16, perWriter = 10;
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                while (true)
                {
                    await using var scope = fixture.Scope();
                    var events = EventStoreFixture.Events(scope);
                    var version = (await events.FetchStreamAsync(stream, default)).Count;
                    try
                    {
                        await events.AppendAsync(stream, chain, version, [Marker(writer, i)], default);
                        break;
                    }
                    catch (ConcurrencyException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })));

        await using var read = fixture.Scope();
        var stored = await EventStoreFixture.Events(read).FetchStreamAsync(stream, default);
        Assert.Equal(Enumerable.Range(1, writers * perWriter).Select(v => (long)v), stored.Select(e => e.StreamVersion));
        var markers = stored.Select(e => ((UserSignedIn)e.Data).UserId).ToList();
        Assert.Equal(writers * perWriter, markers.Distinct().Count());
        Assert.True(stored.Zip(stored.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.True(conflicts > 0, "16 writers racing on one stream must have met a stale expected version");
        Assert.True((await Verify(read, chain)).Valid);
    }

    [Fact]
    public async Task Append_ConcurrentWritersToManyStreamsOfOneChain_LeaveAValidContiguousChain()
    {
        var chain = Guid.NewGuid();
        const int writers = 8, perWriter = 15;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var stream = Guid.NewGuid();
            for (var i = 0; i < perWriter; i++)
            {
                await using var scope = fixture.Scope();
                await EventStoreFixture.Events(scope).AppendAsync(stream, chain, i * 2, [Marker(writer, i), Marker(writer, -i)],
                    default);
            }
        })));

        await using var read = fixture.Scope();
        var verification = await Verify(read, chain);
        Assert.True(verification.Valid);
        Assert.Equal(writers * perWriter * 2, verification.CheckedEvents);
        var positions = await fixture.Database.ScalarAsync<long>(
            "select count(distinct chain_position) from events where chain_id = $1 and chain_position between 1 and $2",
            chain, (long)(writers * perWriter * 2));
        Assert.Equal(writers * perWriter * 2, positions);
    }

    [Fact]
    public async Task Append_WithStaleExpectedVersion_ThrowsConcurrencyAndWritesNothing()
    {
        var stream = Guid.NewGuid();
        var chain = Guid.NewGuid();
        await using var scope = fixture.Scope();
        var events = EventStoreFixture.Events(scope);
        await events.AppendAsync(stream, chain, 0, [Marker(1, 1)], default);

        await Assert.ThrowsAsync<ConcurrencyException>(() => events.AppendAsync(stream, chain, 0, [Marker(1, 2)], default));
        await Assert.ThrowsAsync<ConcurrencyException>(() => events.AppendAsync(stream, chain, 5, [Marker(1, 3)], default));

        Assert.Single(await events.FetchStreamAsync(stream, default));
        Assert.True((await Verify(scope, chain)).Valid);
    }

    [Fact]
    public async Task UnitOfWork_RolledBack_LeavesNeitherEventsNorProjectionRows()
    {
        await using var scope = fixture.Scope();
        var uow = EventStoreFixture.UnitOfWork(scope);
        var user = User.Register(AddressId.New(), true, Now);

        await uow.BeginAsync(default);
        await EventStoreFixture.Events(scope).SaveAsync(user, default);
        Assert.Single(await EventStoreFixture.Events(scope).FetchStreamAsync(user.Id.Value, default)); // inside it
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("select count(*) from mt_streams where id = $1",
            user.Id.Value)); // not visible outside the transaction
        await uow.RollbackAsync(default);

        foreach (var table in new[] { "mt_events", "event_chain", "stream_chains" })
        {
            Assert.Equal(0L, await fixture.Database.ScalarAsync<long>($"select count(*) from {table} where stream_id = $1",
                user.Id.Value));
        }

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("select count(*) from mt_streams where id = $1", user.Id.Value));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("select count(*) from users where user_id = $1",
            user.Id.Value));
    }

    [Fact]
    public async Task SaveAndAggregate_UpdatesTheInlineProjectionAndRebuildsTheAggregate()
    {
        await using var scope = fixture.Scope();
        var events = EventStoreFixture.Events(scope);
        var email = $"projected-{Guid.NewGuid():N}@example.com";
        var user = User.Register(await scope.ServiceProvider.GetRequiredService<IAddressDirectory>().RecordAsync(email, default),
            false, Now);
        await events.SaveAsync(user, default);
        user.Activate(Now);
        await events.SaveAsync(user, default);

        var rebuilt = await events.AggregateStreamAsync<User>(user.Id.Value, default);

        Assert.NotNull(rebuilt);
        Assert.True(rebuilt.IsActivated);
        Assert.Equal(2, rebuilt.Version);
        Assert.Equal(user.Address, rebuilt.Address);
        // The read model has the address from the directory; the event names it by id only.
        Assert.Equal(email, await fixture.Database.ScalarAsync<string>("select email from users where user_id = $1",
            user.Id.Value));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(
            "select count(*) from mt_events where stream_id = $1 and data::text like '%' || $2 || '%'", user.Id.Value, email));
        Assert.True(await fixture.Database.ScalarAsync<bool>("select activated from users where user_id = $1",
            user.Id.Value));
        Assert.Null(await events.AggregateStreamAsync<User>(Guid.NewGuid(), default));
        // Marten stores each event under its [EventName], not its class name.
        var stored = await events.FetchStreamAsync(user.Id.Value, default);
        Assert.Equal(stored.Select(e => EventSerializer.TypeName(e.Data)), await fixture.Database.ListAsync<string>(
            "select type from mt_events where stream_id = $1 order by version", user.Id.Value));
    }

    [Fact]
    public async Task VerifyChain_OfEventsLargerThanItsReadBuffers_WithEscapesAndAnyScript_IsValid_UntilOneIsEdited()
    {
        // Verification reads each event's JSON into buffers it grows as needed (4 KB to start).
        var chain = Guid.NewGuid();
        var stream = Guid.NewGuid();
        var names = new[] { "short", new string('x', 10_000), "quote \" \\ back\nslash\t\u0001 Grüße ☃ 😀 " + new string('é', 6_000), "again" };
        await using (var scope = fixture.Scope())
        {
            for (var i = 0; i < names.Length; i++)
            {
                await EventStoreFixture.Events(scope).AppendAsync(stream, chain, i,
                    [new Deepnote.Domain.Access.Projects.Events.ProjectRenamed(new ProjectId(stream), new WorkspaceId(chain), names[i], Now)], default);
            }
        }

        await using (var scope = fixture.Scope())
        {
            var verification = await Verify(scope, chain);
            Assert.True(verification.Valid, verification.Problem);
            Assert.Equal(names.Length, verification.CheckedEvents);
        }

        var third = await fixture.Database.ScalarAsync<long>(
            "select seq_id from mt_events where stream_id = $1 and version = 3", stream);
        await fixture.Database.ExecuteAsync(
            "update mt_events set data = jsonb_set(data, '{name}', to_jsonb((data ->> 'name') || '!')) where seq_id = $1", third);
        await using (var scope = fixture.Scope())
        {
            Assert.Equal(third, (await Verify(scope, chain)).FirstBrokenSequence);
        }
    }

    [Fact]
    public async Task VerifyChain_DetectsAnUpdatedEventAtItsSequence()
    {
        var (chain, sequences) = await WriteChainAsync(6);

        await fixture.Database.ExecuteAsync(
            "update mt_events set data = jsonb_set(data, '{occurredAt}', '\"2020-01-01T00:00:00+00:00\"') where seq_id = $1",
            sequences[3]);

        await using var scope = fixture.Scope();
        var verification = await Verify(scope, chain);
        Assert.False(verification.Valid);
        Assert.Equal(sequences[3], verification.FirstBrokenSequence);
        Assert.Equal(6, verification.CheckedEvents);
    }

    [Fact]
    public async Task VerifyChain_DetectsADeletedEventAtTheNextSequence()
    {
        var (chain, sequences) = await WriteChainAsync(6);

        await DeleteEventAsync(sequences[2]);

        await using var scope = fixture.Scope();
        var verification = await Verify(scope, chain);
        Assert.False(verification.Valid);
        Assert.Equal(sequences[3], verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task VerifyChain_DetectsASwappedPairAtTheFirstOfThem()
    {
        var (chain, sequences) = await WriteChainAsync(6);

        await fixture.Database.ExecuteAsync("""
            update mt_events e set data = o.data
            from mt_events o
            where (e.seq_id, o.seq_id) in (($1, $2), ($2, $1))
            """, sequences[1], sequences[2]);

        await using var scope = fixture.Scope();
        var verification = await Verify(scope, chain);
        Assert.False(verification.Valid);
        Assert.Equal(sequences[1], verification.FirstBrokenSequence);
    }

    /// <summary>A live workspace: events committed while its chain is read are wholly in the verification's snapshot
    /// or not at all, so its head is never ahead of the walk.</summary>
    [Fact]
    public async Task VerifyChain_WhileEventsAreAppended_IsValidAtEveryRun()
    {
        var (chain, _) = await WriteChainAsync(200);
        var stream = Guid.NewGuid();
        var appended = 0;
        using var stop = new CancellationTokenSource();
        var appender = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var scope = fixture.Scope();
                await EventStoreFixture.Events(scope).AppendAsync(stream, chain, appended, [Marker(9, appended)], default);
                appended++;
            }
        });

        try
        {
            for (var run = 0; run < 30; run++)
            {
                await using var scope = fixture.Scope();
                var verification = await Verify(scope, chain);
                Assert.True(verification.Valid, verification.Problem);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await appender;
        }

        Assert.True(appended > 0);
    }

    [Fact]
    public async Task VerifyChain_DetectsATruncatedTail()
    {
        var (chain, sequences) = await WriteChainAsync(4);

        await DeleteEventAsync(sequences[^1]);

        await using var scope = fixture.Scope();
        var verification = await Verify(scope, chain);
        Assert.False(verification.Valid);
        Assert.Null(verification.FirstBrokenSequence);
        Assert.Equal(3, verification.CheckedEvents);
    }

    [Fact]
    public async Task VerifyChain_DetectsAnEventInsertedIntoMartensTableBehindTheStoresBack()
    {
        var (chain, sequences) = await WriteChainAsync(3);
        var stream = await fixture.Database.ScalarAsync<Guid>("select stream_id from mt_events where seq_id = $1", sequences[0]);

        // A well-formed Marten row, next version of the stream, but written by SQL rather than the store: no chain row.
        var inserted = await fixture.Database.ScalarAsync<long>("""
            insert into mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id)
            select nextval('mt_events_sequence'), gen_random_uuid(), $1, 4, data, type, now(), '*DEFAULT*'
            from mt_events where seq_id = $2
            returning seq_id
            """, stream, sequences[0]);

        await using var scope = fixture.Scope();
        var verification = await Verify(scope, chain);
        Assert.False(verification.Valid);
        Assert.Equal(inserted, verification.FirstBrokenSequence);
        Assert.Equal(4, verification.CheckedEvents);
    }

    [Theory]
    [InlineData("event_type = 'WorkspaceCreated'")]
    [InlineData("recorded_at = recorded_at - interval '1 day'")]
    [InlineData("actor_id = '0193b8a0-0000-7000-8000-0000000000ff'")] // blame someone else
    [InlineData("stream_id = '0193b8a0-0000-7000-8000-0000000000fe'")]
    public async Task VerifyChain_DetectsAChainRowWhoseShownCopyDiffersFromTheHashedEvent(string edit)
    {
        var (chain, sequences) = await WriteChainAsync(4);

        // What auditEvents shows and filters on, edited to hide or disguise an event; the hashed original is untouched.
        await fixture.Database.ExecuteAsync($"update event_chain set {edit} where seq_id = $1", sequences[2]);

        await using var scope = fixture.Scope();
        var verification = await Verify(scope, chain);
        Assert.False(verification.Valid);
        Assert.Equal(sequences[2], verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task VerifyChain_AChainRowMovedToAnotherWorkspace_BreaksBothChains()
    {
        var (home, homeSequences) = await WriteChainAsync(3);
        var (other, _) = await WriteChainAsync(3);

        // Hides the event from its workspace's audit log and plants it in another's.
        await fixture.Database.ExecuteAsync("update event_chain set chain_id = $2, chain_position = 1000 where seq_id = $1",
            homeSequences[1], other);

        await using var scope = fixture.Scope();
        var fromHome = await Verify(scope, home);
        var fromOther = await Verify(scope, other);
        Assert.False(fromHome.Valid);
        Assert.Equal(homeSequences[1], fromHome.FirstBrokenSequence);
        Assert.False(fromOther.Valid);
        Assert.Equal(homeSequences[1], fromOther.FirstBrokenSequence);
    }

    [Fact]
    public async Task Append_ToAStreamOfAnotherChain_IsRefusedAndWritesNothing()
    {
        var stream = Guid.NewGuid();
        var chain = Guid.NewGuid();
        await using var scope = fixture.Scope();
        var events = EventStoreFixture.Events(scope);
        await events.AppendAsync(stream, chain, 0, [Marker(2, 1)], default);

        var other = Guid.NewGuid();
        await Assert.ThrowsAsync<InvalidOperationException>(() => events.AppendAsync(stream, other, 1, [Marker(2, 2)], default));

        Assert.Single(await events.FetchStreamAsync(stream, default));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("select count(*) from event_chain where chain_id = $1", other));
    }

    [Fact]
    public async Task AMartenSessionAppendingBehindTheStore_IsRefused_AndWritesNothing()
    {
        var stream = Guid.NewGuid();
        var documents = fixture.Services.GetRequiredService<Marten.IDocumentStore>();
        await using var session = documents.LightweightSession();
        session.Events.Append(stream, Marker(3, 1));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => session.SaveChangesAsync());

        Assert.Contains("only be appended through the product's event store", refused.Message);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("select count(*) from mt_events where stream_id = $1", stream));
    }

    /// <summary>What an operator deleting an event would do: the event and its chain row.</summary>
    private Task DeleteEventAsync(long sequence) =>
        fixture.Database.ExecuteAsync(
            "with chain as (delete from event_chain where seq_id = $1) delete from mt_events where seq_id = $1", sequence);

    private async Task<(Guid Chain, long[] Sequences)> WriteChainAsync(int count)
    {
        var chain = Guid.NewGuid();
        var stream = Guid.NewGuid();
        await using var scope = fixture.Scope();
        var events = EventStoreFixture.Events(scope);
        for (var i = 0; i < count; i++) await events.AppendAsync(stream, chain, i, [Marker(7, i)], default);
        var sequences = (await events.FetchStreamAsync(stream, default)).Select(e => e.Sequence).ToArray();
        Assert.True((await Verify(scope, chain)).Valid);
        return (chain, sequences);
    }

    private static Task<Application.Audit.Contracts.ChainVerification> Verify(AsyncServiceScope scope, Guid chain) =>
        scope.ServiceProvider.GetRequiredService<IAuditLog>().VerifyAsync(chain, null, false, default);
}
