using Deepnote.Application.Behaviors;

namespace Deepnote.UnitTests.Application;

/// <summary>The fields of one GraphQL query resolve in parallel in one scope: each top-level request must see its
/// own nesting, or a request would pass as "sent by another module" and an Internal contract would be let through.</summary>
public sealed class RequestContextTests
{
    [Fact]
    public async Task ParallelTopLevelRequests_EachSeeDepthOne_AndNestedRequestsSeeTheirParent()
    {
        var context = new RequestContext();

        async Task<(int Top, int Nested, string? Operation)> RequestAsync(string name)
        {
            context.Depth++;
            context.Operation = name;
            await Task.Delay(50);
            var top = context.Depth;
            var nested = await NestedAsync();
            context.Depth--;
            return (top, nested, context.Operation);
        }

        async Task<int> NestedAsync()
        {
            context.Depth++;
            await Task.Yield();
            var depth = context.Depth;
            context.Depth--;
            return depth;
        }

        var results = await Task.WhenAll(RequestAsync("A"), RequestAsync("B"));

        Assert.Equal((1, 2, "A"), results[0]);
        Assert.Equal((1, 2, "B"), results[1]);
        Assert.Equal(0, context.Depth);
    }
}
