namespace Deepnote.Domain.Caching;

public enum CachePolicyMode
{
    Off,
    Ttl,
}
