using System.Globalization;
using System.Text.Json;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Common;

namespace Deepnote.Application.Audit.Checkpoints;

/// <summary>A checkpoint as one JSON line, the same in the sink and in an export (docs/audit-chain.md).</summary>
public static class CheckpointLine
{
    /// <summary>Base64 and PEM as they are (no <c>\u002B</c> for '+'): these lines are read by people and by grep
    /// too, in files and downloads, never inside HTML.</summary>
    public static readonly JsonWriterOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, AuditCheckpoint checkpoint)
    {
        writer.WriteStartObject();
        writer.WriteString("record", "checkpoint");
        writer.WriteString("chainId", checkpoint.ChainId.ToString("D"));
        writer.WriteNumber("position", checkpoint.Position);
        writer.WriteString("hash", checkpoint.Hash);
        writer.WriteString("signedAt", MicrosecondTime.Format(checkpoint.SignedAt));
        writer.WriteString("keyId", checkpoint.KeyId);
        writer.WriteString("algorithm", checkpoint.Algorithm);
        writer.WriteString("signature", checkpoint.Signature);
        writer.WriteEndObject();
    }

    public static byte[] ToBytes(AuditCheckpoint checkpoint)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Readable)) Write(writer, checkpoint);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Null when the line is not a checkpoint as written here.</summary>
    public static AuditCheckpoint? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var e = document.RootElement;
            if (e.GetProperty("record").GetString() != "checkpoint") return null;
            return new AuditCheckpoint(e.GetProperty("chainId").GetGuid(), e.GetProperty("position").GetInt64(),
                e.GetProperty("hash").GetString()!,
                DateTimeOffset.ParseExact(e.GetProperty("signedAt").GetString()!, MicrosecondTime.Pattern,
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                e.GetProperty("keyId").GetString()!, e.GetProperty("algorithm").GetString()!,
                e.GetProperty("signature").GetString()!);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
