using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Vault;

/// <summary>Encrypted uploads over HTTP: streamed in, chunked AES-GCM in PostgreSQL, streamed back to members only.</summary>
public sealed class FileTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static async Task<HttpResponseMessage> UploadAsync(GraphQLClient client, string workspace, string name, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/files?workspaceId={workspace}") { Content = form };
        request.Headers.Add("X-Deepnote-CSRF", "1");
        return await client.Http.SendAsync(request);
    }

    [Fact]
    public async Task Upload_StoresTheFileEncryptedInChunks_AndDownloadReturnsTheSameBytes()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Files");
        var marker = "plaintext-marker-" + Guid.NewGuid().ToString("N");
        var csv = Encoding.UTF8.GetBytes("id,name\n" + string.Concat(Enumerable.Range(0, 120_000).Select(i => $"{i},{marker}\n")));

        var upload = await UploadAsync(admin, workspace, "people.csv", csv);
        var body = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("id").GetString();
        var download = await admin.Http.GetAsync($"/files/{id}");
        var list = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { files { edges { node { id name size contentType } } } } }",
            new { w = workspace });

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.True(csv.Length > 3 * 1024 * 1024);
        Assert.Equal(csv.Length, body.GetProperty("size").GetInt64());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SHA256.HashData(csv), SHA256.HashData(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal("people.csv", download.Content.Headers.ContentDisposition!.FileNameStar);
        var node = list.GetProperty("workspace").GetProperty("files").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("text/csv", node.GetProperty("contentType").GetString());
        Assert.Equal((csv.Length + (1 << 20) - 1) >> 20, await api.Database.ScalarAsync<long>(
            "select count(*) from vault_file_chunks where file_id = $1", Guid.Parse(id!)));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>(
            "select count(*) from vault_file_chunks where position(convert_to($1, 'UTF8') in data) > 0", marker));
    }

    [Fact]
    public async Task DeleteFile_DestroysItsChunksAndKey_ListsItNoMore_AndIsForItsWorkspacesAdminsAndEditors()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Deleting files");
        var id = JsonDocument.Parse(await (await UploadAsync(admin, workspace, "gone.csv", Encoding.UTF8.GetBytes("a\n1\n"))).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetString()!;
        var secret = await api.Database.ScalarAsync<Guid>("select secret_id from vault_file_blobs where file_id = $1", Guid.Parse(id));
        var (_, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        var (_, outsider) = await api.AddMemberAsync(admin, await admin.CreateWorkspaceAsync("Not their files"), "ADMIN");
        var (_, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var v = viewer;
        using var o = outsider;
        using var e = editor;
        const string delete = "mutation($f: ID!) { deleteFile(input: { fileId: $f }) { deletedFileId } }";

        var byViewer = await viewer.PostAsync(delete, new { f = id });
        var byOutsider = await outsider.PostAsync(delete, new { f = id });
        var byEditor = await editor.DataAsync(delete, new { f = id });
        var again = await editor.PostAsync(delete, new { f = id });
        var download = await admin.Http.GetAsync($"/files/{id}");
        var list = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { files { edges { node { id } } } } }", new { w = workspace });

        Assert.Equal("FORBIDDEN", byViewer.ErrorCode);
        Assert.Equal("NOT_FOUND", byOutsider.ErrorCode);
        Assert.Equal(id, byEditor.GetProperty("deleteFile").GetProperty("deletedFileId").GetString());
        Assert.Equal("NOT_FOUND", again.ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Empty(list.GetProperty("workspace").GetProperty("files").GetProperty("edges").EnumerateArray());
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from vault_file_chunks where file_id = $1", Guid.Parse(id)));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from vault_file_blobs where file_id = $1", Guid.Parse(id)));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from vault_secrets where secret_id = $1", secret));
        Assert.Equal(id, Assert.Single(await admin.AuditEventsAsync(workspace, new { types = new[] { "FileDeleted" } }))
            .GetProperty("data").GetProperty("fileId").GetString());
    }

    [Fact]
    public async Task Download_OfATamperedOrSwappedChunk_IsRefused()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Tamper");
        var a = JsonDocument.Parse(await (await UploadAsync(admin, workspace, "a.csv", new byte[2_500_000])).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetString();
        var b = JsonDocument.Parse(await (await UploadAsync(admin, workspace, "b.csv", new byte[2_500_000])).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetString();

        await api.Database.ExecuteAsync("update vault_file_chunks set data = set_byte(data, 20, get_byte(data, 20) # 1) where file_id = $1 and chunk_index = 1", Guid.Parse(a!));
        await api.Database.ExecuteAsync("""
            update vault_file_chunks c set data = o.data from vault_file_chunks o
            where c.file_id = $1 and c.chunk_index = 0 and o.file_id = $2 and o.chunk_index = 0
            """, Guid.Parse(b!), Guid.Parse(a!));

        // A bad first chunk is caught before anything is sent: 409. A bad later chunk ends the response early
        // (its length was announced), so the client sees a broken download; no unauthenticated byte is ever sent.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Http.GetAsync($"/files/{b}")).StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => admin.Http.GetAsync($"/files/{a}"));
    }

    [Fact]
    public async Task Files_AreForAdminsAndEditors_DownloadsAreAudited_AndOnlyCsvOrParquetIsAccepted()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("File rules");
        var id = JsonDocument.Parse(await (await UploadAsync(admin, workspace, "data.parquet", [1, 2, 3])).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetString();
        var (_, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        var (_, auditor) = await api.AddMemberAsync(admin, workspace, "AUDITOR");
        var (_, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        var other = await admin.CreateWorkspaceAsync("File outsiders");
        var (_, outsider) = await api.AddMemberAsync(admin, other, "ADMIN");
        using var v = viewer;
        using var o = outsider;

        var viewerUpload = await UploadAsync(viewer, workspace, "x.csv", [1]);
        var viewerDownload = await viewer.Http.GetAsync($"/files/{id}");
        var auditorDownload = await auditor.Http.GetAsync($"/files/{id}");
        var editorDownload = await editor.Http.GetAsync($"/files/{id}");
        var outsiderDownload = await outsider.Http.GetAsync($"/files/{id}");
        var exe = await UploadAsync(admin, workspace, "tool.exe", [1]);
        using var anonymous = api.NewClient();
        var anonymousDownload = await anonymous.Http.GetAsync($"/files/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, viewerUpload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerDownload.StatusCode); // no data access of their own
        Assert.Equal(HttpStatusCode.Forbidden, auditorDownload.StatusCode); // the audit log only
        Assert.Equal(HttpStatusCode.OK, editorDownload.StatusCode);
        var downloads = (await admin.AuditEventsAsync(workspace, new { types = new[] { "FileDownloaded" } }));
        Assert.Equal(id, Assert.Single(downloads).GetProperty("data").GetProperty("fileId").GetString()); // the editor's, audited
        Assert.Equal(HttpStatusCode.NotFound, outsiderDownload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Contains("VALIDATION_FAILED", await exe.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousDownload.StatusCode);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_IsRefusedAndNothingIsKept()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Too large");

        var response = await UploadAsync(admin, workspace, "huge.csv", new byte[100 * 1024 * 1024 + 10]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("LIMIT_EXCEEDED", await response.Content.ReadAsStringAsync());
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from vault_file_chunks c join vault_secrets s on s.record_id = c.file_id where s.workspace_id = $1", Guid.Parse(workspace)));
    }
}
