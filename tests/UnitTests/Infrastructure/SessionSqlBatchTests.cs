using Deepnote.Infrastructure.EventStore;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>A projection's <c>$n</c> statements as Marten's <c>?</c> ones: every occurrence bound in order, nulls as
/// untyped literals, quoted text left alone, and what Marten would misread refused.</summary>
public sealed class SessionSqlBatchTests
{
    [Fact]
    public void Translate_BindsEachOccurrenceInOrder_RepeatedOutOfOrderAndTwoDigit()
    {
        var values = Enumerable.Range(1, 11).Select(i => (object?)$"v{i}").ToArray();

        var (sql, bound) = SessionSqlBatch.Translate("update t set a = $2, b = $1, c = $11, d = $1 where e = $10", values);

        Assert.Equal("update t set a = ?, b = ?, c = ?, d = ? where e = ?", sql);
        Assert.Equal(["v2", "v1", "v11", "v1", "v10"], bound);
    }

    [Fact]
    public void Translate_WritesANullAsAnUntypedLiteral_AndLeavesQuotedTextAlone()
    {
        var (sql, bound) = SessionSqlBatch.Translate(
            "insert into t (a, b, c) values ($1, $2, 'costs $1 it''s') returning \"odd$2\"", [null, 5]);

        Assert.Equal("insert into t (a, b, c) values (NULL, ?, 'costs $1 it''s') returning \"odd$2\"", sql);
        Assert.Equal([5], bound);
    }

    [Theory]
    [InlineData("select ? from t")]
    [InlineData("select 'what?' from t")]
    [InlineData("select $3 from t")]
    [InlineData("select $0 from t")]
    public void Translate_RefusesWhatMartenWouldMisread(string statement) =>
        Assert.Throws<ArgumentException>(() => SessionSqlBatch.Translate(statement, ["a", "b"]));
}
