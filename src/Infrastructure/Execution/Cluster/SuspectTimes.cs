using System.Globalization;
using Orleans.Runtime;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>A member's suspicion votes as one text column: <c>address,unix-ms|…</c> (UTC).</summary>
internal static class SuspectTimes
{
    public static string? Format(List<Tuple<SiloAddress, DateTime>>? votes) =>
        votes is null or { Count: 0 } ? null : string.Join('|', votes.Select(v => v.Item1.ToParsableString() + ","
            + new DateTimeOffset(DateTime.SpecifyKind(v.Item2, DateTimeKind.Utc)).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));

    public static List<Tuple<SiloAddress, DateTime>> Parse(string? text) => string.IsNullOrEmpty(text)
        ? []
        : text.Split('|').Select(vote =>
        {
            var comma = vote.LastIndexOf(',');
            return Tuple.Create(SiloAddress.FromParsableString(vote[..comma]),
                DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(vote[(comma + 1)..], CultureInfo.InvariantCulture)).UtcDateTime);
        }).ToList();
}
