using System.Buffers;
using System.Text;
using System.Text.Json;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>Verification canonicalises the JSON text PostgreSQL returns without building a document: it must give the
/// very bytes <see cref="CanonicalJson"/> gives for the same value, whatever the spacing, order and escapes.</summary>
public sealed class CanonicalUtf8JsonTests
{
    public static TheoryData<string> Documents => new()
    {
        """{"b": [1, true, null], "a": "x\"y\\z\n\u0001é", "B": {"d": -7, "c": "✓"}}""",
        """{"userId": "01a234f4-e4f9-7ad3-a573-a25effd86f80", "occurredAt": "2026-11-02T04:13:14.402329Z"}""",
        """{"a\"b": 1, "a": {"z": [], "y": {}, "x": [{"q": "\t", "p": 9223372036854775807}]}, "é": 0, "e": 0}""",
        // U+FF21 sorts after a surrogate pair in UTF-8 byte order but before it in UTF-16 code units.
        """{"\uFF21": 1, "\uD83D\uDE00": 2, "plain": 3, "\u0041": 4}""",
        """  [ "a" , { "k" : null } , -0 , 12 ]  """,
        """ "just a string with \/ and \u00e9" """,
        "{}", "[]", "null", "true", "false",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheJsonText_CanonicalisesToTheSameBytes_AsItsDocument(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(Encoding.UTF8.GetString(CanonicalJson.ToBytes(document.RootElement)), Canonical(json));
    }

    [Fact]
    public void AnObjectWithMoreMembersThanFitOnTheStack_IsSortedWhole()
    {
        var json = "{" + string.Join(", ", Enumerable.Range(0, 100).Reverse().Select(i => $"\"k{i:D3}\": {i}")) + "}";
        using var document = JsonDocument.Parse(json);

        var canonical = Canonical(json);

        Assert.Equal(Encoding.UTF8.GetString(CanonicalJson.ToBytes(document.RootElement)), canonical);
        Assert.StartsWith("{\"k000\":0,\"k001\":1,", canonical);
    }

    [Theory]
    [InlineData("""{"x": 1.5}""")]
    [InlineData("""{"x": 1e3}""")]
    [InlineData("""{"x": 99999999999999999999}""")]
    public void NonIntegerNumbers_AreRefused_AsTheDocumentPathRefusesThem(string json) =>
        Assert.Throws<InvalidOperationException>(() => Canonical(json));

    private static string Canonical(string json)
    {
        var output = new ArrayBufferWriter<byte>();
        CanonicalUtf8Json.Write(Encoding.UTF8.GetBytes(json), output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
