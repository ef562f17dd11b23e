using System.Text.Json;
using Deepnote.Api.Security;
using Deepnote.Application.Audit.Checkpoints.SignCheckpoints;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.Audit;

/// <summary>Issue 15, as an auditor and as a hostile database operator: what auditEvents shows is what the hash
/// covers, and signed checkpoints kept outside the database catch a cut tail even when the head row is rewound.</summary>
public sealed class AuditProofTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Verify = """
        query($w: ID!) { verifyAuditChain(workspaceId: $w) {
          valid checkedEvents firstBrokenSequence headPosition unanchoredEvents problem
          checkpoint { position hash signedAt keyId signatureValid matches } } }
        """;

    private const string Anchor = """
        mutation($w: ID!) { anchorAuditChain(input: { workspaceId: $w }) {
          checkpoint { chainId position hash signedAt keyId algorithm signature } } }
        """;

    [Fact]
    public async Task AnAnchoredChain_VerifiesAgainstItsCheckpoint_AndLaterEventsAreReportedAsNotYetAnchored()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Anchored");
        var before = (await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain");
        Assert.True(before.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("checkpoint").ValueKind);
        Assert.Equal(before.GetProperty("headPosition").GetInt64(), before.GetProperty("unanchoredEvents").GetInt64());

        var checkpoint = (await admin.DataAsync(Anchor, new { w = workspace })).GetProperty("anchorAuditChain").GetProperty("checkpoint");
        var head = await HeadAsync(workspace);
        Assert.Equal(head.Position, checkpoint.GetProperty("position").GetInt64());
        Assert.Equal(head.Hash, checkpoint.GetProperty("hash").GetString());
        Assert.StartsWith("local:", checkpoint.GetProperty("keyId").GetString());
        Assert.Equal("ECDSA_P256_SHA256", checkpoint.GetProperty("algorithm").GetString());
        // Kept outside the database, one line per checkpoint, in a file only the product's user can reach.
        var file = Path.Combine(api.Settings.DataDirectory, "checkpoints", workspace + ".jsonl");
        Assert.Contains(checkpoint.GetProperty("signature").GetString()!, await File.ReadAllTextAsync(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        }
        // Asking again without new events returns the same checkpoint instead of piling up copies.
        var again = (await admin.DataAsync(Anchor, new { w = workspace })).GetProperty("anchorAuditChain").GetProperty("checkpoint");
        Assert.Equal(checkpoint.GetProperty("signature").GetString(), again.GetProperty("signature").GetString());

        await admin.InviteAsync(workspace, $"later-{Guid.NewGuid():N}@example.test", "VIEWER");
        var after = (await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain");

        Assert.True(after.GetProperty("valid").GetBoolean(), after.GetRawText());
        Assert.True(after.GetProperty("checkpoint").GetProperty("signatureValid").GetBoolean());
        Assert.True(after.GetProperty("checkpoint").GetProperty("matches").GetBoolean());
        Assert.Equal(head.Position, after.GetProperty("checkpoint").GetProperty("position").GetInt64());
        Assert.Equal((await HeadAsync(workspace)).Position - head.Position, after.GetProperty("unanchoredEvents").GetInt64());
        Assert.True(after.GetProperty("unanchoredEvents").GetInt64() > 0);
    }

    [Fact]
    public async Task ATailCutWithTheHeadRewound_BeforeTheNewestCheckpoint_IsDetected_AndIsNeverSignedOver()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Cut before the checkpoint");
        for (var i = 0; i < 3; i++) await admin.InviteAsync(workspace, $"cut{i}-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.DataAsync(Anchor, new { w = workspace });
        var signed = await HeadAsync(workspace);

        await CutTailAsync(workspace, signed.Position - 2); // the operator removes two signed events and rewinds the head
        var verification = (await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain");

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Contains("shorter than its signed checkpoint", verification.GetProperty("problem").GetString());
        Assert.False(verification.GetProperty("checkpoint").GetProperty("matches").GetBoolean());
        Assert.True(verification.GetProperty("checkpoint").GetProperty("signatureValid").GetBoolean());

        // Neither the minute job nor an auditor's request signs the cut chain: a newer checkpoint would hide the cut.
        var job = await SignChangedChainsAsync();
        Assert.Contains(job.Refused, r => r.Contains(workspace, StringComparison.Ordinal) && r.Contains("before the signed checkpoint", StringComparison.Ordinal));
        var anchor = await admin.PostAsync(Anchor, new { w = workspace });
        Assert.Equal("CONFLICT", anchor.ErrorCode);
        // New events on the cut chain do not launder it either: it is shorter no more, but disagrees at the checkpoint.
        await admin.InviteAsync(workspace, $"after-cut-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.InviteAsync(workspace, $"after-cut2-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.InviteAsync(workspace, $"after-cut3-{Guid.NewGuid():N}@example.test", "VIEWER");
        var relaundered = (await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain");
        Assert.False(relaundered.GetProperty("valid").GetBoolean());
        Assert.Contains("disagrees with its signed checkpoint", relaundered.GetProperty("problem").GetString());
        Assert.Equal("CONFLICT", (await admin.PostAsync(Anchor, new { w = workspace })).ErrorCode);
    }

    [Fact]
    public async Task ATailCutWithTheHeadRewound_AfterTheNewestCheckpoint_IsReportedAsNotYetAnchored()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Cut after the checkpoint");
        await admin.DataAsync(Anchor, new { w = workspace });
        var signed = await HeadAsync(workspace);
        for (var i = 0; i < 3; i++) await admin.InviteAsync(workspace, $"late{i}-{Guid.NewGuid():N}@example.test", "VIEWER");

        await CutTailAsync(workspace, signed.Position + 1);
        var verification = (await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain");

        // The signature cannot vouch for what came after it: the cut is invisible, but so reported.
        Assert.True(verification.GetProperty("valid").GetBoolean(), verification.GetRawText());
        Assert.True(verification.GetProperty("checkpoint").GetProperty("matches").GetBoolean());
        Assert.Equal(1, verification.GetProperty("unanchoredEvents").GetInt64());
    }

    [Fact]
    public async Task TheMinuteJob_SignsEveryChainThatMoved_AndOnlyThose()
    {
        using var admin = await api.SignedInAdminAsync();
        var moved = await admin.CreateWorkspaceAsync("Moved");
        await SignChangedChainsAsync();
        var file = Path.Combine(api.Settings.DataDirectory, "checkpoints", moved + ".jsonl");
        var lines = (await File.ReadAllLinesAsync(file)).Length;

        await SignChangedChainsAsync(); // nothing moved: nothing signed
        Assert.Equal(lines, (await File.ReadAllLinesAsync(file)).Length);
        await admin.InviteAsync(moved, $"moved-{Guid.NewGuid():N}@example.test", "VIEWER");
        var run = await SignChangedChainsAsync();

        Assert.True(run.Signed >= 1);
        Assert.Equal(lines + 1, (await File.ReadAllLinesAsync(file)).Length);
        var verification = (await admin.DataAsync(Verify, new { w = moved })).GetProperty("verifyAuditChain");
        Assert.Equal(0, verification.GetProperty("unanchoredEvents").GetInt64());
    }

    [Fact]
    public async Task ACheckpointAlteredInTheSink_FailsVerification()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Forged checkpoint");
        await admin.DataAsync(Anchor, new { w = workspace });
        var file = Path.Combine(api.Settings.DataDirectory, "checkpoints", workspace + ".jsonl");
        var line = (await File.ReadAllLinesAsync(file))[^1];
        // Claim a longer chain than was signed: the signature no longer covers the statement.
        var head = await HeadAsync(workspace);
        await File.AppendAllTextAsync(file, line.Replace($"\"position\":{head.Position},", $"\"position\":{head.Position + 5},") + "\n");

        var verification = (await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain");

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.False(verification.GetProperty("checkpoint").GetProperty("signatureValid").GetBoolean());
        Assert.Contains("signature does not verify", verification.GetProperty("problem").GetString());
    }

    /// <summary>Item 2: an operator edits each stored column of one event in turn; the chain breaks at that event,
    /// and what auditEvents shows stays what was hashed.</summary>
    [Theory]
    [InlineData("event_chain", "actor_id = '0193b8a0-0000-7000-8000-0000000000ff'")]
    [InlineData("event_chain", "metadata = jsonb_set(metadata, '{actorId}', '\"0193b8a0-0000-7000-8000-0000000000ff\"')")]
    [InlineData("event_chain", "metadata = jsonb_set(metadata, '{actorKind}', '\"System\"')")]
    [InlineData("event_chain", "metadata = jsonb_set(metadata, '{ipAddress}', '\"203.0.113.9\"')")]
    [InlineData("event_chain", "metadata = jsonb_set(metadata, '{userAgent}', '\"forged\"')")]
    [InlineData("event_chain", "metadata = jsonb_set(metadata, '{correlationId}', '\"forged\"')")]
    [InlineData("event_chain", "metadata = jsonb_set(metadata, '{apiTokenId}', '\"0193b8a0-0000-7000-8000-0000000000fd\"')")]
    [InlineData("event_chain", "event_type = 'WorkspaceCreated'")]
    [InlineData("event_chain", "recorded_at = recorded_at - interval '1 hour'")]
    [InlineData("event_chain", "stream_id = '0193b8a0-0000-7000-8000-0000000000fe'")]
    [InlineData("event_chain", "envelope = 0")]
    [InlineData("event_chain", "hash = repeat('a', 64)")]
    [InlineData("event_chain", "previous_hash = repeat('b', 64)")]
    [InlineData("mt_events", "data = jsonb_set(data, '{email}', '\"someone-else@example.test\"')")]
    [InlineData("mt_events", "type = 'WorkspaceCreated'")]
    [InlineData("mt_events", "timestamp = timestamp - interval '1 hour'")]
    [InlineData("mt_events", "version = version + 100")]
    public async Task EditingAnyStoredColumn_BreaksTheChainAtThatEvent(string table, string change)
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync($"Edited {table} {Guid.NewGuid():N}");
        await admin.InviteAsync(workspace, $"edited-{Guid.NewGuid():N}@example.test", "VIEWER");
        await admin.InviteAsync(workspace, $"later-{Guid.NewGuid():N}@example.test", "VIEWER");
        var target = (await admin.AuditEventsAsync(workspace, new { types = new[] { "InvitationIssued" } }))[^1];
        var sequence = target.GetProperty("sequence").GetInt64();

        Assert.Equal(1, await api.Database.ScalarAsync<long>(
            $"with u as (update {table} set {change} where seq_id = $1 returning 1) select count(*) from u", sequence));
        var verification = (await admin.DataAsync(Verify, new { w = workspace })).GetProperty("verifyAuditChain");
        var shown = (await admin.AuditEventsAsync(workspace)).Single(e => e.GetProperty("sequence").GetInt64() == sequence);

        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(sequence, verification.GetProperty("firstBrokenSequence").GetInt64());
        if (table == "event_chain" && change.StartsWith("actor_id", StringComparison.Ordinal))
        {
            // The copy the filter uses was changed; the actor shown is still the hashed one.
            Assert.Equal(target.GetProperty("actor").GetProperty("id").GetString(), shown.GetProperty("actor").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task TheActorShown_IsTheHashedOne_SpelledAsHashed_WithTheEmailMarkedAsLookedUp()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Actor as hashed");
        var data = await admin.DataAsync("""
            query($w: ID!) { auditEvents(workspaceId: $w, first: 1) { edges { node {
              sequence chainId chainPosition envelope metadata actor { id kind email apiTokenId } ipAddress userAgent correlationId } } } }
            """, new { w = workspace });
        var e = data.GetProperty("auditEvents").GetProperty("edges")[0].GetProperty("node");
        var metadata = e.GetProperty("metadata");

        Assert.Equal(workspace, e.GetProperty("chainId").GetString());
        Assert.Equal((await HeadAsync(workspace)).Position, e.GetProperty("chainPosition").GetInt64());
        Assert.Equal(1, e.GetProperty("envelope").GetInt32());
        Assert.Equal("User", e.GetProperty("actor").GetProperty("kind").GetString());
        Assert.Equal(metadata.GetProperty("actorKind").GetString(), e.GetProperty("actor").GetProperty("kind").GetString());
        Assert.Equal(metadata.GetProperty("actorId").GetString(), e.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(metadata.GetProperty("userAgent").GetString(), e.GetProperty("userAgent").GetString());
        Assert.Equal(metadata.GetProperty("correlationId").GetString(), e.GetProperty("correlationId").GetString());
        Assert.Equal(ApiFixture.AdminEmail, e.GetProperty("actor").GetProperty("email").GetString());
        Assert.Equal(["actorId", "actorKind", "apiTokenId", "correlationId", "ipAddress", "userAgent"],
            metadata.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnotherTenantsAdmin_CannotAnchorOrVerify_AndAViewerIsRefused()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Anchor guarded");
        using var outsider = await api.NewOutsiderAsync(admin);
        var (_, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        using var _ = viewer;
        var (_, auditor) = await api.AddMemberAsync(admin, workspace, "AUDITOR");
        using var __ = auditor;

        Assert.Equal("NOT_FOUND", (await outsider.PostAsync(Anchor, new { w = workspace })).ErrorCode);
        Assert.Equal("NOT_FOUND", (await outsider.PostAsync(Verify, new { w = workspace })).ErrorCode);
        Assert.Equal("FORBIDDEN", (await viewer.PostAsync(Anchor, new { w = workspace })).ErrorCode);
        Assert.Null((await auditor.PostAsync(Anchor, new { w = workspace })).Errors);
        Assert.False(File.Exists(Path.Combine(api.Settings.DataDirectory, "checkpoints", Guid.NewGuid() + ".jsonl")));
    }

    private async Task<(long Position, string Hash)> HeadAsync(string workspace)
    {
        var position = await api.Database.ScalarAsync<long>("select position from chain_heads where chain_id = $1", Guid.Parse(workspace));
        var hash = await api.Database.ScalarAsync<string>("select hash from chain_heads where chain_id = $1", Guid.Parse(workspace));
        return (position, hash!);
    }

    /// <summary>The operator's attack: delete the chain's events after <paramref name="keep"/>, rewind the head and the
    /// streams' versions, so that the product goes on appending as if nothing happened.</summary>
    private async Task CutTailAsync(string workspace, long keep)
    {
        var chain = Guid.Parse(workspace);
        await api.Database.ScalarAsync<long>("""
            with cut as (delete from event_chain where chain_id = $1 and chain_position > $2 returning seq_id),
                 gone as (delete from mt_events where seq_id in (select seq_id from cut) returning 1)
            select count(*) from gone
            """, chain, keep);
        await api.Database.ScalarAsync<long>("""
            with u as (update chain_heads set position = $2,
                       hash = (select hash from event_chain where chain_id = $1 and chain_position = $2)
                       where chain_id = $1 returning 1)
            select count(*) from u
            """, chain, keep);
        await api.Database.ScalarAsync<long>("""
            with u as (update mt_streams s set version = (select max(version) from mt_events e where e.stream_id = s.id)
                       where s.id in (select stream_id from stream_chains where chain_id = $1) returning 1)
            select count(*) from u
            """, chain);
    }

    private async Task<SignedCheckpoints> SignChangedChainsAsync()
    {
        await using var scope = api.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SignCheckpointsCommand());
    }
}
