using Deepnote.Application.Audit.Contracts;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Audit;

/// <summary>Walks a chain in sequence order. An event is broken when its position is not the next one (an event
/// before it was deleted or moved), its previous hash is not the running hash, or its stored hash is not the
/// hash of its content. The end of the chain must match the chain head, so that a cut-off tail shows too.</summary>
public sealed class ChainVerifier(Guid chainId)
{
    private string _running = ChainHasher.GenesisHash;
    private long _position;
    private long _checked;
    private long? _firstBroken;

    public Guid ChainId => chainId;

    /// <param name="copiesAgree">False when a stored copy of a hashed field (the type and time the audit log shows)
    /// differs from the original: the event is then broken too.</param>
    public void Check(ChainEntry entry, string previousHash, string hash, bool copiesAgree = true)
    {
        _checked++;
        if (_firstBroken is not null) return;
        var expectedPosition = _position + 1;
        if (!copiesAgree || entry.ChainPosition != expectedPosition || previousHash != _running
            || ChainHasher.Hash(previousHash, entry) != hash)
        {
            _firstBroken = entry.Sequence;
            return;
        }

        (_position, _running) = (expectedPosition, hash);
    }

    public ChainVerification Finish(long headPosition, string headHash)
    {
        var tailIntact = _firstBroken is null && headPosition == _position && headHash == _running;
        return new ChainVerification(tailIntact, _checked, _firstBroken, headHash);
    }
}
