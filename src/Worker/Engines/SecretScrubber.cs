namespace Deepnote.Worker.Engines;

/// <summary>Removes a secret from a driver's message before anyone sees it.</summary>
public static class SecretScrubber
{
    public static string Scrub(string message, string? secret) =>
        string.IsNullOrEmpty(secret) ? message : message.Replace(secret, "***", StringComparison.Ordinal);
}
