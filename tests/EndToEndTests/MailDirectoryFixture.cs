using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.EndToEndTests;

/// <summary>The host as a newcomer runs it without a mail server: every mail is an .eml file in the mail directory.</summary>
public sealed class MailDirectoryFixture : ApiFixture
{
    protected override bool UseSmtp => false;
}
