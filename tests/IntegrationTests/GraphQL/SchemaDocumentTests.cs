using Deepnote.IntegrationTests.Infrastructure;
using global::GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.GraphQL;

/// <summary>docs/graphql-schema.graphql is the schema the server serves, printed; a change to the schema that is not
/// reflected there fails here. Regenerate with <c>DEEPNOTE_UPDATE_SCHEMA=1</c>.</summary>
public sealed class SchemaDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void SchemaDocument_IsTheServedSchema()
    {
        var schema = api.App.Services.GetRequiredService<ISchema>();
        var printed = "# The GraphQL schema served at /graphql, printed from src/Api/GraphQL by SchemaDocumentTests.\n"
            + "# Regenerate: DEEPNOTE_UPDATE_SCHEMA=1 dotnet test --filter SchemaDocumentTests\n\n"
            + schema.Print().ReplaceLineEndings("\n");
        var path = ApiFixture.RepositoryPath("docs", "graphql-schema.graphql");
        if (Environment.GetEnvironmentVariable("DEEPNOTE_UPDATE_SCHEMA") == "1") File.WriteAllText(path, printed);

        Assert.Equal(printed, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}
