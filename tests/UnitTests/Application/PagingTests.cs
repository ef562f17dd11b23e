using Deepnote.Application.Behaviors;
using Deepnote.Application.Common;

namespace Deepnote.UnitTests.Application;

public sealed class PagingTests
{
    [Fact]
    public void Cursor_RoundTrips_AndRejectsOtherKindsAndGarbage()
    {
        var cursor = Paging.EncodeCursor("seq", 42);

        Assert.True(Paging.TryDecodeCursor(cursor, "seq", out var value));
        Assert.Equal(42, value);
        Assert.False(Paging.TryDecodeCursor(cursor, "o", out _));
        Assert.False(Paging.TryDecodeCursor("%%%not-base64", "seq", out _));
        Assert.False(Paging.TryDecodeCursor(Paging.EncodeCursor("seq", -1), "seq", out _));
        Assert.True(Paging.TryDecodeCursor(null, "seq", out _));
    }

    [Theory]
    [InlineData(null, 50)]
    [InlineData(0, 1)]
    [InlineData(10_000, 500)]
    public void Size_IsBounded(int? first, int expected) => Assert.Equal(expected, Paging.Size(first));

    [Fact]
    public void SecurityStream_IsStablePerChainAndDistinctAcrossChains()
    {
        var chain = Guid.NewGuid();

        var now = DateTimeOffset.UtcNow;
        Assert.Equal(SecurityStream.For(chain, now), SecurityStream.For(chain, now));
        Assert.NotEqual(SecurityStream.For(chain, now), SecurityStream.For(chain, now.AddDays(1)));
        Assert.NotEqual(SecurityStream.For(chain, now), SecurityStream.For(Guid.NewGuid(), now));
        Assert.NotEqual(chain, SecurityStream.For(chain, now));
    }
}
