using Deepnote.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>Orleans cluster membership in the product's PostgreSQL database (decision 014), written from the documented
/// contract of <see cref="IMembershipTable"/>: every insert and update commits only against the table version it read
/// (its etag), so concurrent silos never overwrite each other; a heartbeat touches nothing but the member's alive time.</summary>
internal sealed class PostgresMembershipTable(NpgsqlDataSource dataSource, IOptions<ClusterOptions> options) : IMembershipTable
{
    private const string Columns = """
        address, status, suspect_times, proxy_port, host_name, silo_name, role_name, update_zone, fault_zone,
        start_time, i_am_alive_time
        """;

    private string ClusterId => options.Value.ClusterId;

    /// <summary>A joining node must reach every active member; a member that crashed where nobody saw it (the only node,
    /// restarted at a new address) would hold the join for minutes. Members silent for <see cref="Silent"/> are marked
    /// dead first (a live node refreshes its alive time every few seconds; a node cut off from the database kills itself
    /// once it reads this).</summary>
    public async Task InitializeMembershipTableAsync(bool tryInitTableVersion, CancellationToken ct = default)
    {
        if (tryInitTableVersion)
        {
            await ExecuteAsync("insert into cluster_versions (cluster_id, version) values ($1, 0) on conflict do nothing", ct, ClusterId);
        }

        await ExecuteAsync("""
            with silent as (
                update cluster_silos set status = $2
                where cluster_id = $1 and status in ($3, $4, $5) and i_am_alive_time < now() - $6::interval
                returning 1)
            update cluster_versions set version = version + 1
            where cluster_id = $1 and exists (select 1 from silent)
            """, ct, ClusterId, (int)SiloStatus.Dead, (int)SiloStatus.Created, (int)SiloStatus.Joining, (int)SiloStatus.Active,
            Silent);
    }

    private static readonly TimeSpan Silent = TimeSpan.FromMinutes(2);

    public Task DeleteMembershipTableEntriesAsync(string clusterId, CancellationToken ct = default) =>
        NpgsqlUnitOfWork.ExecuteStandaloneAsync(dataSource, async (connection, tx) =>
        {
            await using var silos = connection.Command(tx, "delete from cluster_silos where cluster_id = $1", clusterId);
            await silos.ExecuteNonQueryAsync(ct);
            await using var version = connection.Command(tx, "delete from cluster_versions where cluster_id = $1", clusterId);
            return await version.ExecuteNonQueryAsync(ct);
        }, ct);

    /// <summary>Dead members whose last sign of life is older than <paramref name="beforeDate"/>.</summary>
    public Task CleanupDefunctSiloEntriesAsync(DateTimeOffset beforeDate, CancellationToken ct = default) =>
        ExecuteAsync("""
            delete from cluster_silos
            where cluster_id = $1 and status = $2 and greatest(start_time, i_am_alive_time) < $3
            """, ct, ClusterId, (int)SiloStatus.Dead, beforeDate);

    public Task<MembershipTableData> ReadRowAsync(SiloAddress key, CancellationToken ct = default) =>
        ReadAsync(key.ToParsableString(), ct);

    public Task<MembershipTableData> ReadAllAsync(CancellationToken ct = default) => ReadAsync(null, ct);

    public Task<bool> InsertRowAsync(MembershipEntry entry, TableVersion tableVersion, CancellationToken ct = default) =>
        WriteAsync(tableVersion, """
            insert into cluster_silos (cluster_id, address, status, suspect_times, proxy_port, host_name, silo_name,
                role_name, update_zone, fault_zone, start_time, i_am_alive_time)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            on conflict do nothing
            """, entry, ct);

    public Task<bool> UpdateRowAsync(MembershipEntry entry, string etag, TableVersion tableVersion, CancellationToken ct = default) =>
        WriteAsync(tableVersion, """
            update cluster_silos set status = $3, suspect_times = $4, proxy_port = $5, host_name = $6, silo_name = $7,
                role_name = $8, update_zone = $9, fault_zone = $10, start_time = $11, i_am_alive_time = $12
            where cluster_id = $1 and address = $2
            """, entry, ct);

    public Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken ct = default) =>
        ExecuteAsync("update cluster_silos set i_am_alive_time = $3 where cluster_id = $1 and address = $2", ct, ClusterId,
            entry.SiloAddress.ToParsableString(), Utc(entry.IAmAliveTime));

    /// <summary>The table version moves from the etag read to the new version and the row is written, together, or
    /// nothing happens (false).</summary>
    private async Task<bool> WriteAsync(TableVersion tableVersion, string sql, MembershipEntry entry, CancellationToken ct)
    {
        if (!int.TryParse(tableVersion.VersionEtag, out var read)) return false;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var version = connection.Command(tx,
            "update cluster_versions set version = $3 where cluster_id = $1 and version = $2", ClusterId, read,
            tableVersion.Version);
        if (await version.ExecuteNonQueryAsync(ct) != 1) return false; // disposing rolls back
        await using var row = connection.Command(tx, sql, ClusterId, entry.SiloAddress.ToParsableString(),
            (int)entry.Status, SuspectTimes.Format(entry.SuspectTimes), entry.ProxyPort, entry.HostName ?? "",
            entry.SiloName ?? "", entry.RoleName, entry.UpdateZone, entry.FaultZone, Utc(entry.StartTime),
            Utc(entry.IAmAliveTime));
        if (await row.ExecuteNonQueryAsync(ct) != 1) return false;
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The version and the members in one statement, so they are read at the same instant. Every row's etag
    /// is the table version (a write checks the table's).</summary>
    private Task<MembershipTableData> ReadAsync(string? address, CancellationToken ct) =>
        NpgsqlUnitOfWork.ExecuteStandaloneAsync(dataSource, async (connection, tx) =>
        {
            await using var select = connection.Command(tx, $"""
                select v.version, {Columns}
                from cluster_versions v
                left join cluster_silos s on s.cluster_id = v.cluster_id and ($2::text is null or s.address = $2)
                where v.cluster_id = $1
                """, ClusterId, address);
            await using var reader = await select.ExecuteReaderAsync(ct);
            var version = 0;
            var members = new List<Tuple<MembershipEntry, string>>();
            while (await reader.ReadAsync(ct))
            {
                version = reader.GetInt32(0);
                if (!reader.IsDBNull(1)) members.Add(Tuple.Create(Entry(reader), version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return new MembershipTableData(members, new TableVersion(version, version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }, ct);

    private static MembershipEntry Entry(NpgsqlDataReader r) => new()
    {
        SiloAddress = SiloAddress.FromParsableString(r.GetString(1)),
        Status = (SiloStatus)r.GetInt32(2),
        SuspectTimes = SuspectTimes.Parse(r.GetNullable<string>(3)),
        ProxyPort = r.GetInt32(4),
        HostName = r.GetString(5),
        SiloName = r.GetString(6),
        RoleName = r.GetNullable<string>(7),
        UpdateZone = r.GetInt32(8),
        FaultZone = r.GetInt32(9),
        StartTime = r.GetFieldValue<DateTimeOffset>(10).UtcDateTime,
        IAmAliveTime = r.GetFieldValue<DateTimeOffset>(11).UtcDateTime,
    };

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private Task ExecuteAsync(string sql, CancellationToken ct, params object?[] values) =>
        NpgsqlUnitOfWork.ExecuteStandaloneAsync(dataSource, async (connection, tx) =>
        {
            await using var command = connection.Command(tx, sql, values);
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    // The token-less members are still part of the interface in Orleans 10.4; the runtime calls the Async ones.
    [Obsolete("Use InitializeMembershipTableAsync.")]
    public Task InitializeMembershipTable(bool tryInitTableVersion) => InitializeMembershipTableAsync(tryInitTableVersion);

    [Obsolete("Use DeleteMembershipTableEntriesAsync.")]
    public Task DeleteMembershipTableEntries(string clusterId) => DeleteMembershipTableEntriesAsync(clusterId);

    [Obsolete("Use CleanupDefunctSiloEntriesAsync.")]
    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => CleanupDefunctSiloEntriesAsync(beforeDate);

    [Obsolete("Use ReadRowAsync.")]
    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadRowAsync(key);

    [Obsolete("Use ReadAllAsync.")]
    public Task<MembershipTableData> ReadAll() => ReadAllAsync();

    [Obsolete("Use InsertRowAsync.")]
    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => InsertRowAsync(entry, tableVersion);

    [Obsolete("Use UpdateRowAsync.")]
    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) =>
        UpdateRowAsync(entry, etag, tableVersion);

    [Obsolete("Use UpdateIAmAliveAsync.")]
    public Task UpdateIAmAlive(MembershipEntry entry) => UpdateIAmAliveAsync(entry);
}
