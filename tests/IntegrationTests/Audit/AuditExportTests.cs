using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Audit;

/// <summary><c>GET /audit/export</c> for auditors, and the offline verifier in the repository run on what it gives
/// (Debian's python3 with python3-cryptography, as CI installs it): a real export verifies, tampered copies fail at
/// the right event.</summary>
public sealed class AuditExportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Anchor = "mutation($w: ID!) { anchorAuditChain(input: { workspaceId: $w }) { checkpoint { position } } }";

    [Fact]
    public async Task AnAuditorsExport_CarriesEverythingToVerifyOffline_AndTheVerifierAcceptsIt()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Exported");
        var (auditorId, auditor) = await api.AddMemberAsync(admin, workspace, "AUDITOR");
        using var _ = auditor;
        await admin.InviteAsync(workspace, $"exported-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.DataAsync(Anchor, new { w = workspace });
        await admin.InviteAsync(workspace, $"unanchored-{Guid.NewGuid():N}@example.test", "VIEWER");

        using var response = await auditor.Http.GetAsync($"/audit/export?workspaceId={workspace}&format=jsonl");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var header = lines[0];
        Assert.Equal("export", header.GetProperty("record").GetString());
        Assert.Contains("BEGIN PUBLIC KEY", header.GetProperty("signingKey").GetProperty("publicKeyPem").GetString());
        var events = lines.Where(l => l.GetProperty("record").GetString() == "event").ToList();
        Assert.Equal(await api.Database.ScalarAsync<long>("select position from chain_heads where chain_id = $1", Guid.Parse(workspace)),
            events.Count);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.GetProperty("chainPosition").GetInt64()));
        // The export recorded itself first, under the auditor's name, and is the last event it carries.
        Assert.Equal("AuditExported", events[^1].GetProperty("type").GetString());
        Assert.Equal(auditorId, events[^1].GetProperty("metadata").GetProperty("actorId").GetString());
        Assert.Single(lines, l => l.GetProperty("record").GetString() == "checkpoint");

        var file = await SaveAsync(body);
        var (code, output) = await VerifyOfflineAsync(file);
        Assert.True(code == 0, output);
        Assert.Contains("OK", output);
        Assert.Contains("signature valid", output);

        // Pinned to the key the operator hands out of band, it still holds; pinned to another key, it fails.
        var pinned = Path.Combine(Path.GetTempPath(), $"pub-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(pinned, header.GetProperty("signingKey").GetProperty("publicKeyPem").GetString());
        Assert.Equal(0, (await VerifyOfflineAsync(file, "--public-key", pinned)).Code);
        using var other = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        await File.WriteAllTextAsync(pinned, other.ExportSubjectPublicKeyInfoPem());
        Assert.Equal(1, (await VerifyOfflineAsync(file, "--public-key", pinned)).Code);
    }

    /// <summary>Each tampered copy of a real export fails at the event that was changed.</summary>
    [Theory]
    [InlineData("data")]
    [InlineData("actor")]
    [InlineData("deleted")]
    [InlineData("swapped")]
    [InlineData("checkpoint")]
    public async Task ATamperedExport_FailsOfflineAtTheRightEvent(string tampering)
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync($"Tampered {tampering}");
        for (var i = 0; i < 3; i++) await admin.InviteAsync(workspace, $"t{i}-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.DataAsync(Anchor, new { w = workspace });
        var body = await admin.Http.GetStringAsync($"/audit/export?workspaceId={workspace}");
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var victim = lines.FindIndex(l => l.Contains("\"InvitationIssued\"", StringComparison.Ordinal));
        var sequence = JsonDocument.Parse(lines[victim]).RootElement.GetProperty("sequence").GetInt64();
        var expected = sequence;
        switch (tampering)
        {
            case "data":
                Assert.Contains("\"role\": \"Viewer\"", lines[victim], StringComparison.Ordinal);
                lines[victim] = lines[victim].Replace("\"role\": \"Viewer\"", "\"role\": \"Admin\"", StringComparison.Ordinal);
                break;
            case "actor":
                var actor = JsonDocument.Parse(lines[victim]).RootElement.GetProperty("metadata").GetProperty("actorId").GetString()!;
                lines[victim] = lines[victim].Replace(actor, Guid.NewGuid().ToString("D"), StringComparison.Ordinal);
                break;
            case "deleted":
                lines.RemoveAt(victim);
                expected = JsonDocument.Parse(lines[victim]).RootElement.GetProperty("sequence").GetInt64();
                break;
            case "swapped":
                (lines[victim], lines[victim + 1]) = (lines[victim + 1], lines[victim]);
                expected = JsonDocument.Parse(lines[victim]).RootElement.GetProperty("sequence").GetInt64();
                break;
            case "checkpoint":
                var at = lines.FindIndex(l => l.Contains("\"record\":\"checkpoint\"", StringComparison.Ordinal));
                var signature = JsonDocument.Parse(lines[at]).RootElement.GetProperty("signature").GetString()!;
                var forged = Convert.FromBase64String(signature);
                forged[^1] ^= 1;
                lines[at] = lines[at].Replace(signature, Convert.ToBase64String(forged), StringComparison.Ordinal);
                expected = -1;
                break;
        }

        var (code, output) = await VerifyOfflineAsync(await SaveAsync(string.Join('\n', lines) + "\n"));

        Assert.True(code == 1, output);
        if (expected > 0) Assert.Contains($"BROKEN at sequence {expected} ", output);
        else Assert.Contains("signature", output);
    }

    [Fact]
    public async Task FilteredByTypesAndTime_OtherEventsComeAsStubs_AndTheChainStillVerifies()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Filtered export");
        await admin.InviteAsync(workspace, $"f1-{Guid.NewGuid():N}@example.test", "VIEWER");
        var from = DateTimeOffset.UtcNow;
        await admin.InviteAsync(workspace, $"f2-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.DataAsync(Anchor, new { w = workspace });

        var body = await admin.Http.GetStringAsync(
            $"/audit/export?workspaceId={workspace}&types=InvitationIssued&from={Uri.EscapeDataString(from.ToString("O"))}");
        var records = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var events = records.Where(r => r.GetProperty("record").GetString() is "event" or "stub").ToList();
        Assert.Single(events, e => e.GetProperty("record").GetString() == "event");
        Assert.Equal("InvitationIssued", events.Single(e => e.GetProperty("record").GetString() == "event").GetProperty("type").GetString());
        Assert.Contains(events, e => e.GetProperty("record").GetString() == "stub");
        Assert.DoesNotContain(events, e => e.GetProperty("record").GetString() == "stub" && e.TryGetProperty("data", out _));
        Assert.True(events[0].GetProperty("chainPosition").GetInt64() > 1); // the range starts mid-chain
        var (code, output) = await VerifyOfflineAsync(await SaveAsync(body));
        Assert.True(code == 0, output);
        Assert.Contains("taken as given", output);
    }

    [Fact]
    public async Task FilteredByAPersonOrAResource_TheOthersComeAsStubs_AndTheChainStillVerifies()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Person export");
        var (editorId, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var _ = editor;
        var project = (await editor.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Theirs\" }) { project { id } } }",
            new { w = workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        await editor.DataAsync("mutation($p: ID!) { renameProject(input: { projectId: $p, name: \"Theirs, renamed\" }) { project { id } } }", new { p = project });
        await admin.DataAsync(Anchor, new { w = workspace });

        List<JsonElement> Events(string body) => body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Where(r => r.GetProperty("record").GetString() == "event").ToList();
        var byPerson = await admin.Http.GetStringAsync($"/audit/export?workspaceId={workspace}&actorId={editorId}");
        var byResource = await admin.Http.GetStringAsync($"/audit/export?workspaceId={workspace}&streamId={project}&format=jsonl");
        var exported = (await admin.AuditEventsAsync(workspace, new { types = new[] { "AuditExported" } })).First().GetProperty("data");

        Assert.NotEmpty(Events(byPerson));
        Assert.All(Events(byPerson), e => Assert.Equal(editorId, e.GetProperty("metadata").GetProperty("actorId").GetString()));
        Assert.Equal(["ProjectCreated", "ProjectShared", "ProjectRenamed"], Events(byResource).Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(project, exported.GetProperty("streamId").GetString());
        Assert.Contains($"\"actorId\":\"{editorId}\"", byPerson.Split('\n')[0]); // the header says what was asked for
        foreach (var body in new[] { byPerson, byResource })
        {
            var (code, output) = await VerifyOfflineAsync(await SaveAsync(body));
            Assert.True(code == 0, output);
        }

        await AssertErrorAsync(admin, $"/audit/export?workspaceId={workspace}&actorId=bob", HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task ARangeAfterTheLastEvent_ExportsNoEvents_AndATimeWithoutAnOffsetIsUtc()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Empty range");
        var later = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ss.fff"); // no offset: UTC

        var body = await admin.Http.GetStringAsync($"/audit/export?workspaceId={workspace}&types=WorkspaceCreated&from={later}");
        var records = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        // Nothing was recorded after `from`: no event, and no older ones as stubs of a range that starts before it.
        Assert.StartsWith(later, records[0].GetProperty("from").GetString());
        Assert.DoesNotContain(records, r => r.GetProperty("record").GetString() is "event" or "stub");
        Assert.Equal(0, (await VerifyOfflineAsync(await SaveAsync(body))).Code);
    }

    [Fact]
    public async Task TheCsvExport_HasItsColumns_AndDefusesFormulasChosenByCallers()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("CSV export");
        admin.Http.DefaultRequestHeaders.UserAgent.Clear();
        admin.Http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "=HYPERLINK(\"https://evil.example\",\"x\")");
        await admin.InviteAsync(workspace, $"csv-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.DataAsync(Anchor, new { w = workspace });

        using var response = await admin.Http.GetAsync($"/audit/export?workspaceId={workspace}&format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("record,sequence,chainId,chainPosition,streamId,streamVersion,type,recordedAt,envelope,previousHash,hash,actorId", rows[0]);
        Assert.StartsWith("checkpoint,", rows[^1]);
        Assert.Contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.DoesNotContain(",\"=HYPERLINK", csv);
    }

    [Fact]
    public async Task AnIntegratorsToken_Exports_RecordedUnderTheTokensName_AndNotForAnotherWorkspace()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Exported by token");
        var other = await admin.CreateWorkspaceAsync("Not the token's");
        var token = (await admin.DataAsync("mutation($w: ID!) { createApiToken(input: { workspaceId: $w, name: \"auditor script\", expiresInDays: 1 }) { token apiToken { id } } }",
            new { w = workspace })).GetProperty("createApiToken");
        using var script = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true })
        {
            BaseAddress = api.BaseAddress,
        };
        script.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());

        var body = await script.GetStringAsync($"/audit/export?workspaceId={workspace}");
        using var foreign = await script.GetAsync($"/audit/export?workspaceId={other}");

        var exported = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Last(r => r.GetProperty("record").GetString() == "event");
        Assert.Equal("AuditExported", exported.GetProperty("type").GetString());
        Assert.Equal(token.GetProperty("apiToken").GetProperty("id").GetString(),
            exported.GetProperty("metadata").GetProperty("apiTokenId").GetString());
        Assert.True(foreign.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, foreign.StatusCode.ToString());
    }

    [Fact]
    public async Task OnlyTheWorkspacesAdminsAndAuditors_MayExport_AndBadInputIsAClearError()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Export guarded");
        using var outsider = await api.NewOutsiderAsync(admin);
        var (_, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        using var _ = viewer;
        using var anonymous = api.NewClient();
        var before = await api.Database.ScalarAsync<long>("select count(*) from events where chain_id = $1 and event_type = 'AuditExported'",
            Guid.Parse(workspace));

        await AssertErrorAsync(outsider, $"/audit/export?workspaceId={workspace}", HttpStatusCode.NotFound, "NOT_FOUND");
        await AssertErrorAsync(viewer, $"/audit/export?workspaceId={workspace}", HttpStatusCode.Forbidden, "FORBIDDEN");
        await AssertErrorAsync(anonymous, $"/audit/export?workspaceId={workspace}", HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        await AssertErrorAsync(admin, $"/audit/export?workspaceId={workspace}&format=xml", HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await AssertErrorAsync(admin, $"/audit/export?workspaceId={workspace}&from=yesterday", HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await AssertErrorAsync(admin, $"/audit/export?workspaceId={workspace}&from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
            HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await AssertErrorAsync(admin, "/audit/export", HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await AssertErrorAsync(admin, $"/audit/export?workspaceId={Guid.NewGuid()}", HttpStatusCode.NotFound, "NOT_FOUND");

        // Refused exports wrote nothing, not even their own record.
        Assert.Equal(before, await api.Database.ScalarAsync<long>(
            "select count(*) from events where chain_id = $1 and event_type = 'AuditExported'", Guid.Parse(workspace)));
    }

    private static async Task AssertErrorAsync(GraphQLClient client, string path, HttpStatusCode status, string code)
    {
        using var response = await client.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{path}: {response.StatusCode} {body}");
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions")
            .GetProperty("code").GetString());
        Assert.DoesNotContain("\"record\"", body);
    }

    private static async Task<string> SaveAsync(string body)
    {
        var file = Path.Combine(Path.GetTempPath(), $"audit-export-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, body);
        return file;
    }

    /// <summary>Runs tools/verify-audit.py with Debian's python3 (python3-cryptography), as an auditor would.</summary>
    private static async Task<(int Code, string Output)> VerifyOfflineAsync(string file, params string[] options)
    {
        var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(ApiFixture.RepositoryPath("tools", "verify-audit.py"));
        start.ArgumentList.Add(file);
        foreach (var option in options) start.ArgumentList.Add(option);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
