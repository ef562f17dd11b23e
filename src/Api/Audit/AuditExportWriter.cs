using System.Buffers;
using System.Text;
using System.Text.Json;
using Deepnote.Application.Audit.Checkpoints;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common;

namespace Deepnote.Api.Audit;

/// <summary>Writes an export as JSON lines (every member the hash covers, spelled as hashed: docs/audit-chain.md) or
/// as CSV for spreadsheets. Lines collect in one reused buffer sent every 64 KB, so memory stays flat.</summary>
public sealed class AuditExportWriter(Stream body)
{
    private const int FlushBytes = 64 * 1024;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushBytes * 2);

    public static readonly string[] CsvColumns =
    [
        "record", "sequence", "chainId", "chainPosition", "streamId", "streamVersion", "type", "recordedAt", "envelope",
        "previousHash", "hash", "actorId", "actorKind", "apiTokenId", "ipAddress", "userAgent", "correlationId", "data",
        "metadata", "signedAt", "keyId", "algorithm", "signature",
    ];

    public async Task WriteJsonLinesAsync(AuditExport export, CancellationToken ct)
    {
        await using (var json = new Utf8JsonWriter(_buffer, CheckpointLine.Readable))
        {
            WriteHeader(json, export);
            await LineAsync(json, ct);
            var (first, last) = (0L, 0L);
            await foreach (var e in export.Events.WithCancellation(ct))
            {
                if (first == 0) first = e.ChainPosition;
                last = e.ChainPosition;
                WriteEvent(json, e);
                await LineAsync(json, ct);
            }

            await foreach (var checkpoint in export.Checkpoints(first, last).WithCancellation(ct))
            {
                CheckpointLine.Write(json, checkpoint);
                await LineAsync(json, ct);
            }
        }

        await SendAsync(ct);
    }

    public async Task WriteCsvAsync(AuditExport export, CancellationToken ct)
    {
        Row(CsvColumns);
        var (first, last) = (0L, 0L);
        await foreach (var e in export.Events.WithCancellation(ct))
        {
            if (first == 0) first = e.ChainPosition;
            last = e.ChainPosition;
            Row(e.Included ? EventCells(e) : StubCells(e));
            if (_buffer.WrittenCount >= FlushBytes) await SendAsync(ct);
        }

        await foreach (var c in export.Checkpoints(first, last).WithCancellation(ct))
        {
            Row(["checkpoint", "", c.ChainId.ToString("D"), Num(c.Position), "", "", "", "", "", "", c.Hash, "", "", "",
                "", "", "", "", "", MicrosecondTime.Format(c.SignedAt), c.KeyId, c.Algorithm, c.Signature]);
        }

        await SendAsync(ct);
    }

    private static void Id(Utf8JsonWriter json, string name, Guid? id)
    {
        if (id is { } value) json.WriteString(name, value.ToString("D"));
        else json.WriteNull(name);
    }

    private static void WriteHeader(Utf8JsonWriter json, AuditExport export)
    {
        json.WriteStartObject();
        json.WriteString("record", "export");
        json.WriteNumber("format", 1);
        json.WriteString("exportId", export.ExportId.ToString("D"));
        json.WriteString("workspaceId", export.WorkspaceId.ToString("D"));
        json.WriteString("chainId", export.WorkspaceId.ToString("D"));
        Time(json, "from", export.Filter.From);
        Time(json, "to", export.Filter.To);
        if (export.Filter.Types is { } types)
        {
            json.WriteStartArray("types");
            foreach (var type in types) json.WriteStringValue(type);
            json.WriteEndArray();
        }
        else json.WriteNull("types");

        Id(json, "actorId", export.Filter.ActorId);
        Id(json, "streamId", export.Filter.StreamId);

        json.WriteString("exportedAt", MicrosecondTime.Format(export.ExportedAt));
        if (export.PublicKeyPem is { } pem)
        {
            json.WriteStartObject("signingKey");
            json.WriteString("keyId", export.SigningKeyId);
            json.WriteString("algorithm", AuditCheckpoint.EcdsaP256Sha256);
            json.WriteString("publicKeyPem", pem);
            json.WriteEndObject();
        }
        else json.WriteNull("signingKey");

        json.WriteEndObject();
    }

    private static void Time(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } t) json.WriteString(name, MicrosecondTime.Format(t));
        else json.WriteNull(name);
    }

    private static void WriteEvent(Utf8JsonWriter json, ExportedEvent e)
    {
        json.WriteStartObject();
        json.WriteString("record", e.Included ? "event" : "stub");
        json.WriteNumber("sequence", e.Sequence);
        json.WriteString("chainId", e.ChainId.ToString("D"));
        json.WriteNumber("chainPosition", e.ChainPosition);
        if (e.Included)
        {
            json.WriteString("streamId", e.StreamId.ToString("D"));
            json.WriteNumber("streamVersion", e.StreamVersion);
            json.WriteString("type", e.Type);
            json.WriteString("recordedAt", MicrosecondTime.Format(e.RecordedAt));
            json.WritePropertyName("data");
            json.WriteRawValue(e.Data, skipInputValidation: true); // PostgreSQL's jsonb text: valid JSON
            json.WritePropertyName("metadata");
            json.WriteRawValue(e.Metadata ?? "null", skipInputValidation: true);
            json.WriteNumber("envelope", e.Envelope);
        }

        json.WriteString("previousHash", e.PreviousHash);
        json.WriteString("hash", e.Hash);
        json.WriteEndObject();
    }

    private async Task LineAsync(Utf8JsonWriter json, CancellationToken ct)
    {
        json.Flush();
        json.Reset(_buffer);
        _buffer.Write("\n"u8);
        if (_buffer.WrittenCount >= FlushBytes) await SendAsync(ct);
    }

    private async Task SendAsync(CancellationToken ct)
    {
        if (_buffer.WrittenCount == 0) return;
        await body.WriteAsync(_buffer.WrittenMemory, ct);
        _buffer.ResetWrittenCount();
    }

    private static string[] EventCells(ExportedEvent e)
    {
        using var metadata = JsonDocument.Parse(e.Metadata ?? "null");
        string Meta(string name) => metadata.RootElement.ValueKind == JsonValueKind.Object
            && metadata.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        return ["event", Num(e.Sequence), e.ChainId.ToString("D"), Num(e.ChainPosition), e.StreamId.ToString("D"),
            Num(e.StreamVersion), e.Type, MicrosecondTime.Format(e.RecordedAt), Num(e.Envelope), e.PreviousHash, e.Hash,
            Meta("actorId"), Meta("actorKind"), Meta("apiTokenId"), Meta("ipAddress"), Meta("userAgent"),
            Meta("correlationId"), e.Data, e.Metadata ?? "", "", "", "", ""];
    }

    private static string[] StubCells(ExportedEvent e) =>
        ["stub", Num(e.Sequence), e.ChainId.ToString("D"), Num(e.ChainPosition), "", "", "", "", "", e.PreviousHash, e.Hash,
            "", "", "", "", "", "", "", "", "", "", "", ""];

    private static string Num(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading
    /// apostrophe, since user agents and data are chosen by whoever made the request.</summary>
    private void Row(IReadOnlyList<string> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) line.Append(',');
            var cell = cells[i];
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell = "'" + cell;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0) line.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            else line.Append(cell);
        }

        line.Append("\r\n");
        _buffer.Write(Encoding.UTF8.GetBytes(line.ToString()));
    }
}
