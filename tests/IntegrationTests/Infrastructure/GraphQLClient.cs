using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Deepnote.IntegrationTests.Infrastructure;

/// <summary>Speaks GraphQL over HTTPS like the SPA: JSON POSTs, a cookie jar, the anti-forgery header.</summary>
public sealed class GraphQLClient : IDisposable
{
    private readonly HttpClient _http;

    public GraphQLClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler
        {
            CookieContainer = Cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            // The host's self-signed development certificate, on loopback only.
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        })
        { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The mail the host under test sends (set by <see cref="ApiFixture.NewClient"/>).</summary>
    public IMailbox? Mailbox { get; init; }

    public HttpClient Http => _http;

    public bool SendCsrfHeader { get; set; } = true;

    /// <summary>An integrator: sends <c>Authorization: Bearer</c> (and no anti-forgery header).</summary>
    public string? BearerToken { get; set; }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (BearerToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        else if (SendCsrfHeader) request.Headers.Add("X-Deepnote-CSRF", "1");
        using var response = await _http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, "unexpected errors: " + response.Body);
        return response.Data;
    }

    public async Task SignInAsync(string email, string password) =>
        await DataAsync("mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }",
            new { e = email, p = password });

    public void Dispose() => _http.Dispose();
}

public sealed record GraphQLResponse(HttpStatusCode Status, MediaTypeHeaderValue? ContentType, JsonElement Root,
    string Body, HttpResponseMessage Message)
{
    public JsonElement Data => Root.GetProperty("data");

    public JsonElement? Errors => Root.TryGetProperty("errors", out var e) ? e : null;

    public string? ErrorCode => Errors is { } e ? e[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType,
            JsonDocument.Parse(body).RootElement.Clone(), body, response);
    }
}
