namespace Deepnote.UnitTests.Audit;

/// <summary>docs/audit-chain.md quotes the offline verifier's chain rule; the quote must be the code, line for line.</summary>
public sealed class AuditDocumentationTests
{
    [Fact]
    public void TheChainRuleInTheDocs_IsTheVerifiersCode_LineForLine()
    {
        var root = Root();
        var script = File.ReadAllLines(Path.Combine(root, "tools", "verify-audit.py"));
        var begin = Array.IndexOf(script, "# --- chain rule: begin ---");
        var end = Array.IndexOf(script, "# --- chain rule: end ---");
        var code = script[(begin + 1)..end];
        var doc = File.ReadAllLines(Path.Combine(root, "docs", "audit-chain.md"));
        var intro = Array.IndexOf(doc, "The chain rule, verbatim from tools/verify-audit.py:");
        var fence = Array.IndexOf(doc, "```python", intro);
        var close = Array.IndexOf(doc, "```", fence + 1);

        Assert.True(begin >= 0 && end > begin + 10, "the markers are missing from tools/verify-audit.py");
        Assert.True(intro >= 0 && fence > intro, "the quoted chain rule is missing from docs/audit-chain.md");
        Assert.Equal(code, doc[(fence + 1)..close]);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Deepnote.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Deepnote.sln not found");
    }
}
