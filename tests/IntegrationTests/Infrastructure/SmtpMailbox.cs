using Deepnote.IntegrationTests.Fakes;

namespace Deepnote.IntegrationTests.Infrastructure;

public sealed class SmtpMailbox(FakeSmtpServer server) : IMailbox
{
    public async Task<string> LinkAsync(string to, string path) =>
        FakeSmtpServer.LinkIn(await server.WaitForAsync(to, m => (m.TextBody ?? "").Contains(path, StringComparison.Ordinal)), path);

    public async Task<string> TextAsync(string to) => (await server.WaitForAsync(to)).TextBody ?? "";
}
