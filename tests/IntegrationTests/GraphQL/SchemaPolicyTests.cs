using System.Text.Json;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.GraphQL;

/// <summary>
/// Walks the schema: every root field is called anonymously with made-up arguments, and must answer
/// UNAUTHENTICATED (or a validation error before any data) — except the few that are open by design. A new field
/// that resolves data without going through the authorization pipeline fails this test.
/// </summary>
public sealed class SchemaPolicyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly HashSet<string> OpenByDesign = ["me", "signIn", "signOut", "completeSetup", "acceptInvitation", "invitationPreview",
        "signUp", "completeSignUp", "requestPasswordReset", "resetPassword"];

    [Fact]
    public async Task EveryRootField_RefusesAnAnonymousCaller()
    {
        using var anonymous = api.NewClient();
        using var admin = await api.SignedInAdminAsync(); // reading the schema needs a signed-in caller
        Assert.Equal("UNAUTHENTICATED", (await anonymous.PostAsync(Introspection)).ErrorCode);
        var schema = (await admin.DataAsync(Introspection)).GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        var offenders = new List<string>();
        var checkedFields = 0;

        foreach (var (root, operation) in new[] { ("Query", "query"), ("Mutation", "mutation") })
        {
            foreach (var field in types[root].GetProperty("fields").EnumerateArray())
            {
                var name = field.GetProperty("name").GetString()!;
                if (OpenByDesign.Contains(name)) continue;
                var arguments = string.Join(", ", field.GetProperty("args").EnumerateArray()
                    .Select(a => $"{a.GetProperty("name").GetString()}: {Literal(a.GetProperty("type"), types)}"));
                var selection = Selection(field.GetProperty("type"), types);
                var document = $"{operation} {{ {name}{(arguments.Length > 0 ? $"({arguments})" : "")}{selection} }}";

                var response = await anonymous.PostAsync(document);
                checkedFields++;
                var code = response.ErrorCode;
                if (code is not "UNAUTHENTICATED") // authorization comes first: no field messages for strangers
                {
                    offenders.Add($"{root}.{name} answered {code ?? "data"}: {response.Body}");
                }
            }
        }

        Assert.True(checkedFields > 30, $"only {checkedFields} root fields were found");
        Assert.Empty(offenders);
    }

    private static string Literal(JsonElement type, IReadOnlyDictionary<string, JsonElement> types, int depth = 0)
    {
        var kind = type.GetProperty("kind").GetString();
        if (kind == "NON_NULL") return Literal(type.GetProperty("ofType"), types, depth);
        if (kind == "LIST") return $"[{Literal(type.GetProperty("ofType"), types, depth)}]";
        var name = type.GetProperty("name").GetString()!;
        return (kind, name) switch
        {
            ("SCALAR", "ID") => $"\"{Guid.NewGuid()}\"",
            ("SCALAR", "Int" or "Long") => "1",
            ("SCALAR", "Boolean") => "true",
            ("SCALAR", "DateTime") => "\"2026-01-01T00:00:00Z\"",
            ("SCALAR", _) => "\"x\"",
            ("ENUM", _) => types[name].GetProperty("enumValues")[0].GetProperty("name").GetString()!,
            ("INPUT_OBJECT", _) when depth < 3 => "{ " + string.Join(", ", types[name].GetProperty("inputFields").EnumerateArray()
                .Where(f => f.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL")
                .Select(f => $"{f.GetProperty("name").GetString()}: {Literal(f.GetProperty("type"), types, depth + 1)}")) + " }",
            _ => "null",
        };
    }

    private static string Selection(JsonElement type, IReadOnlyDictionary<string, JsonElement> types)
    {
        while (type.GetProperty("kind").GetString() is "NON_NULL" or "LIST") type = type.GetProperty("ofType");
        return type.GetProperty("kind").GetString() is "OBJECT" or "INTERFACE" or "UNION" ? " { __typename }" : "";
    }

    private const string Introspection = """
        { __schema { types { name kind
            fields { name args { name type { ...T } } type { ...T } }
            inputFields { name type { ...T } }
            enumValues { name } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;
}
