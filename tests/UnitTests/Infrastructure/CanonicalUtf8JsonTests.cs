using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <summary>What PostgreSQL prints for the events' jsonb takes the one-pass path, to the same bytes.</summary>
    [Theory]
    [InlineData("""{"ipAddress": "10.0.0.1", "userAgent": "Mozilla/5.0 (X11; Linux) é ✓", "actorId": "01a2353f-300b-7541-a084-9cb7e2ed0186", "apiTokenId": null}""")]
    [InlineData("""{"b": [1, -2, true, false, null, {"y": 0, "x": []}], "a": {}, "c": 9223372036854775, "": ""}""")]
    [InlineData("""  [ {"k" :"v"} ,[ ] , 0 ]  """)]
    [InlineData("\"plain\"")]
    [InlineData("-12")]
    public void PlainText_TakesTheOnePassPath_ToTheSameBytes(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var output = new byte[bytes.Length];
        using var document = JsonDocument.Parse(json);

        Assert.True(PlainJsonText.TryCanonicalise(bytes, output, out var written));
        Assert.Equal(Encoding.UTF8.GetString(CanonicalJson.ToBytes(document.RootElement)), Encoding.UTF8.GetString(output, 0, written));
    }

    /// <summary>Whatever the one pass cannot copy as it stands, it leaves to the tokenizer (or to its refusal).</summary>
    [Theory]
    [InlineData("{\"a\": \"x\\\"y\"}")]
    [InlineData("{\"a\\u0062\": 1}")]
    [InlineData("""{"é": 1}""")]
    [InlineData("""{"a": -0}""")]
    [InlineData("""{"a": 01}""")]
    [InlineData("""{"a": 1.5}""")]
    [InlineData("""{"a": 1e3}""")]
    [InlineData("""{"a": 1234567890123456789}""")]
    [InlineData("{\"a\": \"tab\there\"}")]
    [InlineData("""{"a": 1""")]
    [InlineData("""{"a": 1} x""")]
    [InlineData("""{"a": truex}""")]
    [InlineData("""{"a" 1}""")]
    [InlineData("""[1 2]""")]
    [InlineData("{\"a\": [1, {\"b\": \"\\n\"}]}")]
    [InlineData("")]
    public void AnythingButPlainText_IsLeftToTheTokenizer(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.False(PlainJsonText.TryCanonicalise(bytes, new byte[bytes.Length + 64], out _));
    }

    [Fact]
    public void AWideOrDeepObject_IsLeftToTheTokenizer()
    {
        var wide = "{" + string.Join(", ", Enumerable.Range(0, 33).Select(i => $"\"k{i:D2}\": {i}")) + "}";
        var deep = new string('[', 65) + new string(']', 65);

        Assert.False(PlainJsonText.TryCanonicalise(Encoding.UTF8.GetBytes(wide), new byte[wide.Length], out _));
        Assert.False(PlainJsonText.TryCanonicalise(Encoding.UTF8.GetBytes(deep), new byte[deep.Length], out _));
        using var document = JsonDocument.Parse(wide);
        Assert.Equal(Encoding.UTF8.GetString(CanonicalJson.ToBytes(document.RootElement)), Canonical(wide));
        Assert.ThrowsAny<JsonException>(() => Canonical(deep)); // past the tokenizer's depth, as the document's
    }

    /// <summary>Random documents, printed as PostgreSQL prints jsonb and without spaces: both paths give the document's
    /// canonical bytes, and the one-pass path takes most of them.</summary>
    [Fact]
    public void RandomDocuments_CanonicaliseAlike_OnEitherPath()
    {
        var random = new Random(15);
        var plain = 0;
        for (var i = 0; i < 2_000; i++)
        {
            var node = RandomValue(random, 0);
            var json = i % 2 == 0 ? PostgresStyle(node) : node?.ToJsonString() ?? "null";
            using var document = JsonDocument.Parse(json);
            var expected = Encoding.UTF8.GetString(CanonicalJson.ToBytes(document.RootElement));

            Assert.Equal(expected, Canonical(json));
            var bytes = Encoding.UTF8.GetBytes(json);
            var output = new byte[bytes.Length];
            if (!PlainJsonText.TryCanonicalise(bytes, output, out var written)) continue;
            plain++;
            Assert.Equal(expected, Encoding.UTF8.GetString(output, 0, written));
        }

        Assert.InRange(plain, 500, 1_999);
    }

    private static JsonNode? RandomValue(Random random, int depth)
    {
        string[] texts = ["a", "", "é", "x\"y", "line\n", "✓", "01a2353f-300b-7541", "\u00ff", "</script>"];
        switch (random.Next(depth > 3 ? 4 : 6))
        {
            case 0: return texts[random.Next(texts.Length)];
            case 1: return random.Next(5) == 0 ? long.MinValue + random.Next(3) : random.NextInt64(-1_000_000, 1_000_000);
            case 2: return random.Next(2) == 0;
            case 3: return null;
            case 4:
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--) array.Add(RandomValue(random, depth + 1));
                return array;
            default:
                var obj = new JsonObject();
                for (var i = random.Next(6); i > 0; i--) obj[texts[random.Next(texts.Length)] + random.Next(3)] = RandomValue(random, depth + 1);
                return obj;
        }
    }

    /// <summary>jsonb's printing: ", " and ": " between tokens, non-ASCII as it stands.</summary>
    private static string PostgresStyle(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(", ", o.Select(p => Quoted(p.Key) + ": " + PostgresStyle(p.Value))) + "}",
        JsonArray a => "[" + string.Join(", ", a.Select(PostgresStyle)) + "]",
        JsonValue v when v.TryGetValue<string>(out var text) => Quoted(text),
        null => "null",
        _ => node.ToJsonString(),
    };

    private static string Quoted(string text) =>
        JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Canonical(string json)
    {
        var output = new ArrayBufferWriter<byte>();
        CanonicalUtf8Json.Write(Encoding.UTF8.GetBytes(json), output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
