using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Common;

/// <summary><c>DateTime</c>: an ISO-8601 timestamp with offset (UTC from this API).</summary>
public sealed class DateTimeScalar : DateTimeOffsetGraphType
{
    public DateTimeScalar() => Name = "DateTime";
}
