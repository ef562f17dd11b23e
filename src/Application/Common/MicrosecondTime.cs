using System.Globalization;

namespace Deepnote.Application.Common;

/// <summary>The one spelling of a time that the audit log hashes, signs and exports: UTC with exactly six fractional
/// digits (PostgreSQL's precision), e.g. 2026-11-24T05:43:50.123456Z (docs/audit-chain.md).</summary>
public static class MicrosecondTime
{
    public const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>A time PostgreSQL stores and gives back unchanged.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);
}
