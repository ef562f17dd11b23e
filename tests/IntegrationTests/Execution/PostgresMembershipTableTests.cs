using System.Net;
using Deepnote.Infrastructure.Execution.Cluster;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>The membership table against the real PostgreSQL: the contract Orleans relies on (writes only against the
/// version read, no duplicate members, heartbeats touch only the alive time) and the silent-member clean-up.</summary>
public sealed class PostgresMembershipTableTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private PostgresMembershipTable Table(string cluster = "test") =>
        new(_database.DataSource, Options.Create(new ClusterOptions { ClusterId = cluster }));

    private static MembershipEntry Entry(int port, SiloStatus status = SiloStatus.Active, DateTime? alive = null) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 7),
        Status = status,
        HostName = "host",
        SiloName = "silo-" + port,
        StartTime = DateTime.UtcNow,
        IAmAliveTime = alive ?? DateTime.UtcNow,
        SuspectTimes = [],
    };

    [Fact]
    public async Task WritesSucceed_OnlyAgainstTheVersionRead_AndNeverDuplicateAMember()
    {
        var table = Table();
        await table.InitializeMembershipTableAsync(true);
        var empty = await table.ReadAllAsync();
        var first = Entry(20001);

        var inserted = await table.InsertRowAsync(first, empty.Version.Next());
        var staleInsert = await table.InsertRowAsync(Entry(20002), empty.Version.Next());
        var afterInsert = await table.ReadAllAsync();
        var duplicate = await table.InsertRowAsync(first, afterInsert.Version.Next());
        var (read, etag) = afterInsert.Members.Single();
        read.Status = SiloStatus.Dead;
        read.AddOrUpdateSuspector(Entry(20003).SiloAddress, DateTime.UtcNow, 2);
        var staleUpdate = await table.UpdateRowAsync(read, etag, empty.Version.Next());
        var updated = await table.UpdateRowAsync(read, etag, afterInsert.Version.Next());
        var final = await table.ReadAllAsync();
        var other = await Table("another").ReadAllAsync();

        Assert.Empty(empty.Members);
        Assert.True(inserted);
        Assert.False(staleInsert);
        Assert.False(duplicate);
        Assert.False(staleUpdate);
        Assert.True(updated);
        Assert.Equal(2, final.Version.Version);
        var member = Assert.Single(final.Members).Item1;
        Assert.Equal(first.SiloAddress, member.SiloAddress);
        Assert.Equal(SiloStatus.Dead, member.Status);
        Assert.Equal(Entry(20003).SiloAddress, Assert.Single(member.SuspectTimes!).Item1);
        Assert.Empty(other.Members); // another cluster id sees nothing of this one
    }

    [Fact]
    public async Task AHeartbeat_TouchesOnlyTheAliveTime_AndSilentMembersAreMarkedDeadWhenANodeJoins()
    {
        var table = Table();
        await table.InitializeMembershipTableAsync(true);
        var live = Entry(20011);
        var silent = Entry(20012, alive: DateTime.UtcNow.AddMinutes(-10));
        Assert.True(await table.InsertRowAsync(live, (await table.ReadAllAsync()).Version.Next()));
        Assert.True(await table.InsertRowAsync(silent, (await table.ReadAllAsync()).Version.Next()));
        var before = await table.ReadAllAsync();

        live.IAmAliveTime = DateTime.UtcNow.AddSeconds(5);
        live.Status = SiloStatus.ShuttingDown; // ignored: a heartbeat writes the alive time only
        await table.UpdateIAmAliveAsync(live);
        var afterHeartbeat = await table.ReadAllAsync();
        await Table().InitializeMembershipTableAsync(true);
        var afterJoin = await table.ReadAllAsync();

        Assert.Equal(before.Version.Version, afterHeartbeat.Version.Version);
        var beat = afterHeartbeat.TryGet(live.SiloAddress)!.Item1;
        Assert.Equal(SiloStatus.Active, beat.Status);
        Assert.InRange(beat.IAmAliveTime, live.IAmAliveTime.AddMilliseconds(-1), live.IAmAliveTime.AddMilliseconds(1));
        Assert.Equal(SiloStatus.Active, afterJoin.TryGet(live.SiloAddress)!.Item1.Status);
        Assert.Equal(SiloStatus.Dead, afterJoin.TryGet(silent.SiloAddress)!.Item1.Status);
        Assert.Equal(before.Version.Version + 1, afterJoin.Version.Version);
    }
}
