using Deepnote.Domain.Caching.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Caching;

public enum CachePolicyMode
{
    Off,
    Ttl,
}
