using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MimeKit;

namespace Deepnote.IntegrationTests.Infrastructure;

/// <summary>Reads the .eml files the host writes when no SMTP host is set (DEEPNOTE_MAIL_DIR).</summary>
public sealed partial class DirectoryMailbox(string directory) : IMailbox
{
    private readonly ConcurrentDictionary<string, bool> _read = new();

    public async Task<string> LinkAsync(string to, string path)
    {
        var text = await NextAsync(to, t => t.Contains(path, StringComparison.Ordinal));
        return Links().Matches(text).Select(m => m.Value).First(l => new Uri(l).AbsolutePath.StartsWith(path, StringComparison.Ordinal));
    }

    public Task<string> TextAsync(string to) => NextAsync(to, _ => true);

    private async Task<string> NextAsync(string to, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml").Order().ToArray() : [])
            {
                if (_read.ContainsKey(file)) continue;
                MimeMessage message;
                try
                {
                    message = await MimeMessage.LoadAsync(file);
                }
                catch (IOException)
                {
                    continue; // still being written: read it next round
                }

                if (!message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                    || !match(message.TextBody ?? "")) continue;
                if (_read.TryAdd(file, true)) return message.TextBody ?? "";
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {to} in {directory}.");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
