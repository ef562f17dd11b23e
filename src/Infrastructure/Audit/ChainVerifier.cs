using System.Text;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Audit;

/// <summary>Walks a chain in sequence order. An event is broken when its position is not the next one (an event
/// before it was deleted or moved), its previous hash is not the running hash, or its stored hash is not the
/// hash of its content. The end of the chain must match the chain head, so that a cut-off tail shows too; and the
/// chain must reach the newest signed checkpoint with the checkpoint's hash, so that a cut with a rewound head
/// shows as well, up to that checkpoint.</summary>
public sealed class ChainVerifier(Guid chainId, AuditCheckpoint? checkpoint = null, bool signatureValid = false)
{
    private readonly byte[] _running = Encoding.ASCII.GetBytes(ChainHasher.GenesisHash); // hex, as stored
    private long _position;
    private long _checked;
    private long? _firstBroken;
    private (long Sequence, string Hash)? _atCheckpoint;
    private long? _unchained;

    public Guid ChainId => chainId;

    /// <param name="copiesAgree">False when a stored copy of a hashed field (the type and time the audit log shows)
    /// differs from the original: the event is then broken too.</param>
    public void Check(ChainEntry entry, string previousHash, string hash, bool copiesAgree = true)
    {
        if (Expects(entry.Sequence, entry.ChainPosition, Encoding.ASCII.GetBytes(previousHash), copiesAgree))
        {
            Accept(entry.Sequence, ChainHasher.Hash(previousHash, entry) == hash, Encoding.ASCII.GetBytes(hash));
        }
    }

    /// <summary>The same check over an event as read back from the database: its JSON and its hashes as the text
    /// PostgreSQL sends (UTF-8 bytes), no document or string built.</summary>
    public void Check(StoredChainEntry entry, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> hash, bool copiesAgree = true)
    {
        if (Expects(entry.Sequence, entry.ChainPosition, previousHash, copiesAgree))
        {
            Accept(entry.Sequence, ChainHasher.Matches(previousHash, entry, hash), hash);
        }
    }

    /// <summary>Whether an event checked so far is broken.</summary>
    public bool Broken => _firstBroken is not null;

    /// <summary>Events of the chain's streams that are not in the chain (inserted into the event table behind the
    /// store's back, or their chain row moved to another chain), told before or after the walk: they count as
    /// checked, and the chain is broken at the first of them, or at the walk's first broken event if that is earlier.</summary>
    public void Unchained(long firstSequence, long count)
    {
        _unchained = firstSequence;
        _checked += count;
    }

    /// <summary>Counts the event; false when the chain is already broken, or breaks here before its hash is computed.</summary>
    private bool Expects(long sequence, long position, ReadOnlySpan<byte> previousHash, bool copiesAgree)
    {
        _checked++;
        if (_firstBroken is not null) return false;
        if (copiesAgree && position == _position + 1 && previousHash.SequenceEqual(_running)) return true;
        _firstBroken = sequence;
        return false;
    }

    private void Accept(long sequence, bool hashMatches, ReadOnlySpan<byte> hash)
    {
        if (!hashMatches || hash.Length != _running.Length)
        {
            _firstBroken = sequence;
            return;
        }

        _position++;
        hash.CopyTo(_running);
        if (_position == checkpoint?.Position) _atCheckpoint = (sequence, Encoding.ASCII.GetString(hash));
    }

    public ChainVerification Finish(long headPosition, string headHash)
    {
        var firstBroken = _firstBroken is { } walked && _unchained is { } unchained
            ? Math.Min(walked, unchained)
            : _firstBroken ?? _unchained;
        string? problem = null;
        if (firstBroken is not null) problem = "An event does not match its hash, or is not where the chain expects it.";
        else if (headPosition != _position || !Encoding.ASCII.GetBytes(headHash).AsSpan().SequenceEqual(_running))
        {
            problem = "The chain ends before its head: events at its end were removed.";
        }

        CheckpointCheck? check = null;
        var unanchored = _position;
        if (checkpoint is not null)
        {
            var matches = _atCheckpoint?.Hash == checkpoint.Hash;
            check = new CheckpointCheck(checkpoint.Position, checkpoint.Hash, checkpoint.SignedAt, checkpoint.KeyId,
                signatureValid, matches);
            if (!signatureValid) problem ??= "The newest signed checkpoint's signature does not verify.";
            else if (matches) unanchored = _position - checkpoint.Position;
            else if (problem is null && _atCheckpoint is null)
            {
                problem = $"The chain is shorter than its signed checkpoint: {_position} events, but {checkpoint.Position} were signed.";
            }
            else if (problem is null)
            {
                problem = $"The chain disagrees with its signed checkpoint at position {checkpoint.Position}.";
                firstBroken = _atCheckpoint!.Value.Sequence;
            }
        }

        return new ChainVerification(problem is null, _checked, firstBroken, headHash, headPosition, check, unanchored, problem);
    }
}
