using Deepnote.Domain.Access.Workspaces.Domains;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.UnitTests.Domain.SharedKernel;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("  Ana@Corp.Example ", "ana@corp.example")]
    [InlineData("Jürgen@Bücher.de", "jürgen@xn--bcher-kva.de")]
    public void Normalize_LowersAndPutsAnInternationalDomainInTheFormAWorkspaceVerifies(string email, string expected)
    {
        Assert.Equal(expected, EmailAddress.Normalize(email));
        Assert.Equal(DomainName.Normalize("Bücher.de"), DomainName.OfEmail(EmailAddress.Normalize("x@bücher.de")));
    }
}
