using System.Text;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.GraphQL;

/// <summary>The anonymous edge: reading the schema needs a signed-in caller, is limited like any document and its
/// answer is capped; the standard introspection query (what GraphiQL sends) still works once signed in.</summary>
public sealed class IntrospectionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>graphql-js 16's <c>getIntrospectionQuery()</c>, as GraphiQL sends it (generated from src/Web's
    /// node_modules).</summary>
    private static readonly string Standard = File.ReadAllText(ApiFixture.RepositoryPath("tests", "IntegrationTests", "GraphQL",
        "StandardIntrospection.graphql"));

    /// <summary>The reported attack: every nesting level multiplies the answer (1.5 KB asked, 16.8 MB answered).</summary>
    private static string Amplifying()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 20; i++)
        {
            query.Append($"a{i}: __schema {{ types {{ name fields {{ name type {{ name fields {{ name type {{ name fields {{ name }} }} }} }} }} }} }} ");
        }

        return query.Append('}').ToString();
    }

    [Fact]
    public async Task AnAnonymousCaller_CannotReadTheSchema_ButMayAskForTypename()
    {
        using var anonymous = api.NewClient();

        var schema = await anonymous.PostAsync("{ __schema { queryType { name } } }");
        var type = await anonymous.PostAsync("{ __type(name: \"Workspace\") { fields { name } } }");
        var hidden = await anonymous.PostAsync("query { ...F } fragment F on Query { __schema { types { name } } }");
        var typename = await anonymous.PostAsync("{ __typename }");

        Assert.Equal("UNAUTHENTICATED", schema.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", type.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", hidden.ErrorCode);
        Assert.Null(typename.Errors);
    }

    [Fact]
    public async Task TheStandardIntrospectionQuery_Works_ButAnAmplifyingOneIsRefused_EvenSignedIn()
    {
        using var admin = await api.SignedInAdminAsync();

        var standard = await admin.PostAsync(Standard);
        var amplifying = await admin.PostAsync(Amplifying());
        var reentering = await admin.PostAsync("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        var viaFragment = await admin.PostAsync("{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { name } }");

        Assert.Null(standard.Errors);
        Assert.True(standard.Body.Length < Deepnote.Api.GraphQL.Common.Introspection.MaxResponseBytes, $"{standard.Body.Length} bytes");
        Assert.Equal("LIMIT_EXCEEDED", amplifying.ErrorCode);
        Assert.True(amplifying.Body.Length < 4096);
        Assert.Equal("LIMIT_EXCEEDED", reentering.ErrorCode);
        Assert.Equal("LIMIT_EXCEEDED", viaFragment.ErrorCode);
    }

    [Fact]
    public async Task NestedFragmentsAndAliases_CannotInflateASchemaRead_OrItsCheck()
    {
        using var admin = await api.SignedInAdminAsync();
        var fragments = new StringBuilder("query { __type(name: \"Query\") { name } ...F0 } ");
        for (var i = 0; i < 40; i++) fragments.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
        fragments.Append("fragment F40 on Query { __typename }");

        var doubling = await admin.PostAsync(fragments.ToString()); // 2^40 expansions if the check walked them all
        var aliased = await admin.PostAsync("{ __schema { a: types { name } b: types { name } c: types { name } } }");

        Assert.Equal("LIMIT_EXCEEDED", doubling.ErrorCode);
        Assert.Equal("LIMIT_EXCEEDED", aliased.ErrorCode);
    }
}
