using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.GraphQL;

/// <summary>GraphQL over HTTP as the specification and docs/api.md have it, and the headers every response carries.</summary>
public sealed class TransportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task CookiePost_WithoutTheAntiForgeryHeader_IsRefused()
    {
        using var admin = await api.SignedInAdminAsync();
        admin.SendCsrfHeader = false;

        var response = await admin.PostAsync("mutation { createWorkspace(input: { name: \"Forged\" }) { workspace { id } } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from workspaces where name = 'Forged'"));
    }

    [Fact]
    public async Task Get_RunsQueries_ButRefusesMutations()
    {
        using var admin = await api.SignedInAdminAsync();

        var query = await GetAsync(admin, "{ me { email } }");
        var mutation = await GetAsync(admin, "mutation { createWorkspace(input: { name: \"ViaGet\" }) { workspace { id } } }");

        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal(ApiFixture.AdminEmail, query.Data.GetProperty("me").GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
        Assert.Equal("POST", mutation.Message.Content.Headers.Allow.Single());
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from workspaces where name = 'ViaGet'"));
    }

    [Fact]
    public async Task Post_WithAnotherMediaTypeOrBadJson_IsABadRequest()
    {
        using var client = api.NewClient();

        var text = await client.Http.PostAsync("/graphql", new StringContent("{ me { id } }", Encoding.UTF8, "text/plain"));
        var broken = await client.Http.PostAsync("/graphql", new StringContent("{ \"query\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("VALIDATION_FAILED", await broken.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GraphQLResponseMediaType_GivesFourHundredForAnInvalidDocument()
    {
        using var client = api.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ nope }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        var response = await GraphQLResponse.ReadAsync(await client.Http.SendAsync(request));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType!.MediaType);
        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
    }

    [Fact]
    public async Task TooComplexOrTooDeepQueries_AreRefusedWithLimitExceeded_ButAModestSchemaReadIsNot()
    {
        using var client = await api.SignedInAdminAsync();

        var wide = await client.PostAsync("{ me { workspaces(first: 500) { edges { node { members(first: 500) { edges { node { email } } } } } } } }");
        var deep = await client.PostAsync("""
            { me { workspaces { edges { node { connections { edges { node { grants { edges { node { email } }
              pageInfo { hasNextPage } } } } } projects { edges { node { connections { grants { edges { node { email } } } } } } } } } } } }
            """);
        var introspection = await client.PostAsync("{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }");

        Assert.Equal("LIMIT_EXCEEDED", wide.ErrorCode);
        Assert.Equal("LIMIT_EXCEEDED", deep.ErrorCode);
        Assert.Null(introspection.Errors);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        using var client = api.NewClient();

        var response = await client.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task GraphiQL_IsOnlyForSignedInUsers()
    {
        using var anonymous = api.NewClient();
        using var admin = await api.SignedInAdminAsync();

        var redirected = await anonymous.Http.GetAsync("/graphql/ui");
        var served = await admin.Http.GetAsync("/graphql/ui");

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/signin", redirected.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.Redirect, served.StatusCode);
    }

    private static async Task<GraphQLResponse> GetAsync(GraphQLClient client, string query) =>
        await GraphQLResponse.ReadAsync(await client.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString(query)));
}
