using Deepnote.Api.Hosting;
using Deepnote.Application.Abstractions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Deepnote.Api.Security;

/// <summary>Links from DEEPNOTE_PUBLIC_URL, or else the first https address this node serves (known once Kestrel has
/// bound its ports). Never from a request's Host header, which a caller chooses.</summary>
public sealed class PublicLinks(DeepnoteSettings settings, IServer server) : IPublicLinks
{
    public Uri To(string pathAndQuery) => new(Base(), pathAndQuery.TrimStart('/'));

    private Uri Base()
    {
        if (settings.PublicUrl is { } configured) return WithSlash(configured);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var served = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault()
            ?? settings.Urls.Split(';')[0];
        return WithSlash(new Uri(served.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost")));
    }

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
