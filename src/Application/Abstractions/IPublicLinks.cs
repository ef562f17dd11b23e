namespace Deepnote.Application.Abstractions;

/// <summary>Absolute links to this product for mails and redirects, built from the configured public URL and never
/// from a request's Host header.</summary>
public interface IPublicLinks
{
    Uri To(string pathAndQuery);
}
