using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Running;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.UnitTests.Application;

public sealed class ExecutionTextTests
{
    [Theory]
    [InlineData("select 1", "select 1")]
    [InlineData("  select 1 ;  \n", "select 1")]
    [InlineData("select 1;;", "select 1")]
    [InlineData("select  1", "select  1")]
    public void Normalise_TrimsTheEndsOnly(string sql, string expected) =>
        Assert.Equal(expected, Deepnote.Application.Caching.Keys.CacheKeySql.Normalise(sql));

    [Theory]
    [InlineData("select * from t -- all\nwhere tenant = 7", "select * from t -- all where tenant = 7")]
    [InlineData("select $$a  b$$", "select $$a b$$")]
    [InlineData("select E'a\\'  b'", "select E'a\\' b'")]
    [InlineData("select x\u00A0", "select x")]
    public void Normalise_NeverGivesTwoDifferentQueriesOneKey(string one, string other) =>
        Assert.NotEqual(Deepnote.Application.Caching.Keys.CacheKeySql.Normalise(one), Deepnote.Application.Caching.Keys.CacheKeySql.Normalise(other));

    [Fact]
    public void Attribution_NamesIdsOnly_AndCannotCloseTheComment()
    {
        var target = new ExecutionTarget(ExecutionId.New(), WorkspaceId.New(), ProjectId.New(), null, ConnectionId.New(),
            UserId.New(), "k1:" + new string('0', 64));

        var comment = SqlText.Attribution(target);

        Assert.StartsWith("/* deepnote ", comment);
        Assert.Equal(1, comment.Split("*/").Length - 1);
        Assert.Contains($"execution={target.ExecutionId}", comment);
        Assert.Contains("block=ad-hoc", comment);
        Assert.DoesNotContain(target.ActorId.ToString(), comment);
    }

    [Fact]
    public void ResultCodec_RoundTripsColumnsRowsAndTypes()
    {
        var result = new QueryResult([new QueryColumn("n", "int8"), new QueryColumn("label", "text"), new QueryColumn("ok", "bool"),
            new QueryColumn("price", "numeric")],
            [[1L, "one", true, 1.25m], [long.MaxValue, null, false, 0.1m], [-3L, "quote \" and \\ and ünïcode", null, 1e-7m]],
            Truncated: true, Bytes: 100, DurationMs: 3);

        var decoded = ResultCodec.Decode(ResultCodec.Encode(result), 0);

        Assert.Equal(result.Columns, decoded.Columns);
        Assert.True(decoded.Truncated);
        Assert.Equal(result.Rows.Count, decoded.Rows.Count);
        for (var i = 0; i < result.Rows.Count; i++) Assert.Equal(result.Rows[i], decoded.Rows[i]);
    }
}
