using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.GraphQL;

/// <summary>Text PostgreSQL refuses (NUL, unpaired surrogates) is VALIDATION_FAILED at the edge — never "the database
/// is unavailable" — and a sign-in attempt carrying it is still counted and recorded.</summary>
public sealed class InvalidTextTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ANulInASignIn_IsAFailedAttempt_CountedRecordedAndAnsweredValidationFailed()
    {
        using var client = api.NewClient();
        var marker = Guid.NewGuid().ToString("N");

        var response = await client.PostAsync("mutation($e: String!) { signIn(input: { email: $e, password: \"Whatever-Password-1\" }) { user { id } } }",
            new { e = $"nul-{marker}\u0000@example.test" });

        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
        Assert.Contains("\"field\":\"email\"", response.Body, StringComparison.Ordinal);
        Assert.Equal(1L, await api.Database.ScalarAsync<long>("select count(*) from sign_in_failures where email like $1", $"nul-{marker}%"));
        Assert.True(await api.Database.ScalarAsync<long>(
            "select count(*) from events where event_type = 'SignInFailed' and data ->> 'reason' = 'invalid characters in the address'") >= 1);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>( // an address without an account is not kept in the log
            "select count(*) from events where data::text like '%' || $1 || '%'", marker));
    }

    [Theory]
    [InlineData("mutation($t: String!) { createWorkspace(input: { name: $t }) { workspace { id } } }", "name", "a\u0000b")]
    [InlineData("mutation($t: String!) { signUp(input: { email: $t }) { email } }", "email", "x\u0000@example.test")]
    public async Task UnstorableText_AnywhereElse_IsValidationFailedNamingTheField(string document, string field, string text)
    {
        using var admin = await api.SignedInAdminAsync();

        var response = await admin.PostAsync(document, new { t = text });

        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
        Assert.Contains($"\"field\":\"{field}\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnpairedSurrogate_EscapedInTheJson_IsValidationFailed()
    {
        using var admin = await api.SignedInAdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            // Written by hand: a JSON serializer would replace the lone surrogate before it left.
            Content = new StringContent("""
                {"query":"mutation($t: String!) { createWorkspace(input: { name: $t }) { workspace { id } } }","variables":{"t":"half \ud800 a pair"}}
                """, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Deepnote-CSRF", "1");

        var body = await (await admin.Http.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("VALIDATION_FAILED", body, StringComparison.Ordinal);
        Assert.Contains("\"field\":\"t\"", body, StringComparison.Ordinal); // the variable that carried it
    }
}
