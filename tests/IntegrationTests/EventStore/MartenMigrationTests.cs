using Deepnote.Application.Abstractions;
using Deepnote.Application.Audit.Ports;
using Deepnote.Domain.Identity.Users;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.EventStore;

/// <summary>A database written by the store before it moved onto Marten (Fixtures/pre-marten-5128e4e.sql) is
/// migrated: every event keeps its sequence, version, place and hash, every chain verifies to the head it had,
/// and new appends continue the chains.</summary>
public sealed class MartenMigrationTests
{
    private const string EventsBefore = """
        select sequence || ' ' || stream_id || ' ' || stream_version || ' ' || chain_id || ' ' || chain_position
               || ' ' || event_type || ' ' || data::text || ' ' || metadata::text || ' ' || recorded_at || ' '
               || previous_hash || ' ' || hash
        from events order by sequence
        """;

    [Fact]
    public async Task ADatabaseWrittenBeforeMarten_Migrates_ChainsVerifyToTheSameHeads_AndAppendsContinueThem()
    {
        await using var database = new TestDatabase(migrate: false);
        await database.InitializeAsync();
        await database.LoadAsync(Fixture());
        var events = await database.ListAsync<string>(EventsBefore);
        var heads = await database.ListAsync<string>("select chain_id || ' ' || position || ' ' || hash from chain_heads order by chain_id");
        var lastSequence = await database.ScalarAsync<long>("select last_value from events_sequence_seq");
        Assert.Equal(36, events.Count);
        Assert.Equal(4, heads.Count);

        await database.MigrateAsync();

        Assert.Equal(events, await database.ListAsync<string>(EventsBefore)); // now the view over Marten's tables
        Assert.Equal(heads, await database.ListAsync<string>("select chain_id || ' ' || position || ' ' || hash from chain_heads order by chain_id"));
        Assert.Equal(36L, await database.ScalarAsync<long>("select count(*) from mt_events"));
        Assert.Equal(0L, await database.ScalarAsync<long>("select count(*) from event_chain where envelope <> 0"));

        var keyFile = Path.Combine(Path.GetTempPath(), $"deepnote-key-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(keyFile, Convert.ToBase64String(new byte[32]));
        try
        {
            await using var services = EventStoreFixture.BuildServices(database.ConnectionString, keyFile);
            await using var scope = services.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            foreach (var head in heads.Select(h => h.Split(' ')))
            {
                var verification = await audit.VerifyAsync(Guid.Parse(head[0]), null, false, default);
                Assert.True(verification.Valid, $"chain {head[0]}");
                Assert.Equal(long.Parse(head[1]), verification.CheckedEvents);
                Assert.Equal(head[2], verification.HeadHash);
            }

            // The users' read model and streams replay as before.
            var store = scope.ServiceProvider.GetRequiredService<IEventStore>();
            var userId = await database.ScalarAsync<Guid>("select user_id from users where email = 'fixture-user-1@example.com'");
            var user = await store.AggregateStreamAsync<User>(userId, default);
            Assert.NotNull(user);
            Assert.True(user.IsActivated);
            Assert.Equal(2, user.Version);

            // Appends continue a migrated stream and its chain, after the last sequence drawn before.
            var chain = Guid.Parse(heads[1].Split(' ')[0]);
            var stream = await database.ScalarAsync<Guid>("select stream_id from events where chain_id = $1 order by sequence desc limit 1", chain);
            var version = await database.ScalarAsync<long>("select max(stream_version) from events where stream_id = $1", stream);
            await store.AppendAsync(stream, chain, version, [new UserSignedIn(new UserId(userId), DateTimeOffset.UtcNow)], default);

            var appended = (await store.FetchStreamAsync(stream, default))[^1];
            Assert.Equal(version + 1, appended.StreamVersion);
            Assert.True(appended.Sequence > lastSequence);
            Assert.Equal(long.Parse(heads[1].Split(' ')[1]) + 1, appended.ChainPosition);
            Assert.Equal(heads[1].Split(' ')[2], await database.ScalarAsync<string>(
                "select previous_hash from event_chain where seq_id = $1", appended.Sequence));
            Assert.Equal((short)1, await database.ScalarAsync<short>("select envelope from event_chain where seq_id = $1", appended.Sequence));
            var after = await audit.VerifyAsync(chain, null, false, default);
            Assert.True(after.Valid);
            Assert.Equal(long.Parse(heads[1].Split(' ')[1]) + 1, after.CheckedEvents);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    private static string Fixture()
    {
        var assembly = typeof(MartenMigrationTests).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("pre-marten-5128e4e.sql", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
