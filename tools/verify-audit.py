#!/usr/bin/env python3
"""Verify an audit export (GET /audit/export, JSON lines) offline: docs/audit-chain.md, "Verifying an export offline".

    python3 tools/verify-audit.py EXPORT [--public-key FILE]      (EXPORT "-" reads standard input)

Exit 0: the export verifies. 1: it does not (the first failure is printed as BROKEN). 2: the input is not an
export (ERROR). Needs Python 3 and the cryptography package (Debian: python3-cryptography, 38 or later).
"""
import argparse
import base64
import binascii
import hashlib
import json
import re
import shutil
import sys
import tempfile

try:
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
except ImportError:
    print("ERROR: needs the cryptography package (Debian: apt install python3-cryptography; else pip install cryptography)")
    sys.exit(2)

ALGORITHM = "ECDSA_P256_SHA256"
HEX64 = re.compile(r"[0-9a-f]{64}")

# --- chain rule: begin ---
GENESIS = "0" * 64
ENVELOPE_KEYS = ("chainId", "chainPosition", "data", "metadata", "recordedAt", "sequence", "streamId",
                 "streamVersion", "type")


def canonical(value):
    # json.dumps(ensure_ascii=False) escapes exactly ", \, \b \f \n \r \t and the other characters below U+0020
    # (as \u00xx, lower-case hex), writes every other character as itself and integers in plain decimal. Its
    # sort_keys orders by code point, not by UTF-16 code unit as the server does (they differ for keys beyond
    # U+FFFF), so members are put in UTF-16 order here and json.dumps keeps that order.
    def ordered(v):
        if isinstance(v, dict):
            return {k: ordered(v[k]) for k in sorted(v, key=lambda k: k.encode("utf-16-be"))}
        if isinstance(v, list):
            return [ordered(x) for x in v]
        return v
    return json.dumps(ordered(value), separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def event_hash(event):
    envelope = {k: event[k] for k in ENVELOPE_KEYS}
    if event["envelope"] > 0:  # envelope 0 (events written before Marten) hashed no "envelope" member
        envelope["envelope"] = event["envelope"]
    return hashlib.sha256(bytes.fromhex(event["previousHash"]) + canonical(envelope)).hexdigest()


def link_error(record, last_position, last_hash):
    """Why an event or stub record cannot follow the chain's last position and hash; None if it can."""
    if record["chainPosition"] != last_position + 1:
        return f"position {record['chainPosition']} follows {last_position}: an event is missing or out of order"
    if record["previousHash"] != last_hash:
        return f"previousHash {record['previousHash']} is not the running hash {last_hash}"
    if record["record"] == "event" and record["hash"] != event_hash(record):
        return f"hash {record['hash']} is not the recomputed {event_hash(record)}: the event was altered"
    return None  # a stub's hash cannot be recomputed: it is taken as given and the chain goes on from it
# --- chain rule: end ---


MEMBERS = {
    "export": ("format", "chainId", "signingKey"),
    "event": ENVELOPE_KEYS + ("envelope", "previousHash", "hash"),
    "stub": ("sequence", "chainId", "chainPosition", "previousHash", "hash"),
    "checkpoint": ("chainId", "position", "hash", "signedAt", "keyId", "algorithm", "signature"),
}


class Malformed(Exception):
    """Not an export as the spec describes it: exit 2."""


class Broken(Exception):
    """A well-formed export that does not verify: exit 1."""

    def __init__(self, sequence, position, reason):
        where = f"chain position {position}" if sequence is None else f"sequence {sequence} (chain position {position})"
        super().__init__(f"BROKEN at {where}: {reason}")


def unique_members(pairs):
    # A repeated member would be hashed with one value and could be shown with the other.
    if len({k for k, _ in pairs}) != len(pairs):
        raise ValueError("an object repeats a member")
    return dict(pairs)


def not_json(token):
    raise ValueError(f"{token} is not JSON")


def records(f):
    """(line number, record) for every non-blank line, each checked for its kind's members and their types."""
    f.seek(0)
    for number, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line.decode("utf-8"), object_pairs_hook=unique_members, parse_constant=not_json)
        except (ValueError, RecursionError) as e:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            raise Malformed(f"line {number}: not JSON ({e})")
        if not isinstance(r, dict) or r.get("record") not in MEMBERS:
            raise Malformed(f"line {number}: not a record (an object whose \"record\" is one of {', '.join(MEMBERS)})")
        missing = [k for k in MEMBERS[r["record"]] if k not in r]
        if missing:
            raise Malformed(f"line {number}: {r['record']} record lacks {', '.join(missing)}")
        for k, least in (("sequence", 0), ("envelope", 0), ("chainPosition", 1), ("position", 1)):
            if k in r and not (type(r[k]) is int and r[k] >= least):  # type(): true and false are not integers
                raise Malformed(f"line {number}: {k} is not an integer of at least {least}")
        for k in ("previousHash", "hash"):
            if k in r and not (isinstance(r[k], str) and HEX64.fullmatch(r[k])):
                raise Malformed(f"line {number}: {k} is not 64 lower-case hex digits")
        for k in ("chainId", "signedAt", "keyId", "algorithm", "signature"):
            if k in r and not isinstance(r[k], str):
                raise Malformed(f"line {number}: {k} is not a string")
        yield number, r


def load_key(pem, source):
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, UnsupportedAlgorithm):
        raise Malformed(f"{source} is not a PEM public key (SubjectPublicKeyInfo)")
    if not (isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"):
        raise Malformed(f"{source} is not a P-256 (secp256r1) public key")
    return key


def spki(key):
    return key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def checkpoint_message(ck):
    return "\n".join(["deepnote-audit-checkpoint/v1", f"chainId={ck['chainId'].lower()}", f"position={ck['position']}",
                      f"hash={ck['hash']}", f"signedAt={ck['signedAt']}"]).encode("utf-8")


def verify(f, public_key_file):
    # Checkpoints come after the events, and keeping every event's hash would not fit millions of events: the
    # first pass collects the checkpoints, the second keeps a hash only where a checkpoint (or an anchor) needs it.
    checkpoints = [r for _, r in records(f) if r["record"] == "checkpoint"]
    wanted = {(ck["chainId"].lower(), ck["position"]) for ck in checkpoints}

    lines = records(f)
    _, header = next(lines, (1, {}))
    if header.get("record") != "export":
        raise Malformed("the first line is not the export header")
    if type(header["format"]) is not int or header["format"] != 1:
        raise Malformed(f"export format {header['format']!r} is not 1")
    header_chain = header["chainId"].lower()
    signing = header["signingKey"]
    if signing is not None and not (isinstance(signing, dict) and all(
            isinstance(signing.get(k), str) for k in ("keyId", "algorithm", "publicKeyPem"))):
        raise Malformed("the header's signingKey is not null nor {keyId, algorithm, publicKeyPem}")

    chains = {}  # chainId -> first and last position, running hash, counts (today an export holds one chain)
    seen = {}    # (chainId, position) -> (sequence, hash), only for positions that a checkpoint names
    last_sequence = -1
    for number, r in lines:
        kind = r["record"]
        if kind == "export":
            raise Malformed(f"line {number}: a second export header")
        if kind == "checkpoint":
            continue
        sequence, position, chain_id = r["sequence"], r["chainPosition"], r["chainId"].lower()
        if chain_id != header_chain:
            raise Broken(sequence, position, f"chainId {r['chainId']} is not the export's chain {header['chainId']}")
        if sequence <= last_sequence:
            raise Broken(sequence, position, f"sequence {sequence} does not follow {last_sequence}")
        last_sequence = sequence
        chain = chains.get(chain_id)
        if chain is None:  # the chain's first record: the genesis hash at position 1, else the anchor as given
            anchor = GENESIS if position == 1 else r["previousHash"]
            chain = chains[chain_id] = {"first": position, "last": position - 1, "hash": anchor, "anchor": anchor,
                                        "event": 0, "stub": 0}
            if (chain_id, position - 1) in wanted:
                seen[(chain_id, position - 1)] = (None, anchor)
        try:
            reason = link_error(r, chain["last"], chain["hash"])
        except (UnicodeEncodeError, RecursionError) as e:
            raise Malformed(f"line {number}: the event cannot be canonicalised ({e})")
        if reason:
            raise Broken(sequence, position, reason)
        chain["last"], chain["hash"] = position, r["hash"]
        chain[kind] += 1
        if (chain_id, position) in wanted:
            seen[(chain_id, position)] = (sequence, r["hash"])

    if header_chain not in chains:
        print(f"chain {header['chainId']}: no events in the export")
    for chain_id, c in chains.items():
        print(f"chain {chain_id}: positions {c['first']}–{c['last']} ({c['event'] + c['stub']} events: "
              f"{c['event']} full, {c['stub']} stubs)")
        print("anchor: genesis" if c["first"] == 1 else
              f"anchor: previous hash {c['anchor']} at position {c['first']} taken as given")

    header_key = load_key(signing["publicKeyPem"].encode(), "the header's signingKey.publicKeyPem") if signing else None
    if public_key_file:
        try:
            with open(public_key_file, "rb") as k:
                key = load_key(k.read(), public_key_file)
        except OSError as e:
            raise Malformed(f"cannot read {public_key_file}: {e.strerror}")
        differs = header_key is not None and spki(header_key) != spki(key)
        print(f"key: pinned (--public-key {public_key_file})"
              + (f"; the export's signingKey ({signing['keyId']}) is a DIFFERENT key" if differs else ""))
    elif header_key:
        key = header_key
        print(f"key: from the export, keyId {signing['keyId']} (not pinned; pass --public-key)")
    else:
        key = None
        print("key: none (the export names no signing key)")

    not_covered = 0
    for ck in checkpoints:
        chain_id, position = ck["chainId"].lower(), ck["position"]
        sequence, expected = seen.get((chain_id, position), (None, None))
        label = f"checkpoint position {position} signed {ck['signedAt']}"
        if signing is None:
            raise Broken(sequence, position, f"{label}: the export header names no signing key (keyId {ck['keyId']})")
        if ck["algorithm"] != ALGORITHM:
            raise Broken(sequence, position, f"{label}: unknown algorithm {ck['algorithm']}")
        if (ck["keyId"], ck["algorithm"]) != (signing["keyId"], signing["algorithm"]):
            raise Broken(sequence, position, f"{label}: signed by key {ck['keyId']} ({ck['algorithm']}), "
                                             f"not the export's {signing['keyId']} ({signing['algorithm']})")
        if chain_id != header_chain:
            raise Broken(sequence, position, f"{label}: for chain {ck['chainId']}, not the export's")
        try:
            signature = base64.b64decode(ck["signature"], validate=True)
            key.verify(signature, checkpoint_message(ck), ec.ECDSA(hashes.SHA256()))
        except (binascii.Error, InvalidSignature):
            raise Broken(sequence, position, f"{label}: signature invalid" + ("" if public_key_file else
                                             " (against the export's own key)"))
        chain = chains.get(chain_id)
        if expected is None:
            not_covered += 1
            status = "not covered (" + ("the export holds no events" if chain is None else
                                        f"beyond the last exported position {chain['last']}" if position > chain["last"]
                                        else f"before the first exported position {chain['first']}") + ")"
        elif ck["hash"] != expected:
            raise Broken(sequence, position, f"{label}: signed hash {ck['hash']} is not the chain's {expected}")
        else:
            status = "hash matches" if sequence is not None else "hash matches the anchor"
        print(f"{label}: signature valid, {status}")

    events = sum(c["event"] + c["stub"] for c in chains.values())
    caveats = []
    if checkpoints and not public_key_file:
        caveats.append("key not pinned")
    if any(c["first"] > 1 for c in chains.values()):
        caveats.append("anchor taken as given")
    if not_covered:
        caveats.append(f"{not_covered} checkpoint(s) not covered")
    if not_covered == len(checkpoints):
        caveats.append("no signed checkpoint vouches for the chain")
    print(f"OK: {events} events chained, {len(checkpoints) - not_covered} checkpoint(s) signed and matching"
          + (f" ({'; '.join(caveats)})" if caveats else ""))


def main():
    sys.stdout.reconfigure(errors="backslashreplace")
    parser = argparse.ArgumentParser(description="Verify a Deepnote audit export (JSON lines) offline.")
    parser.add_argument("export", help="the export file, or - for standard input")
    parser.add_argument("--public-key", metavar="FILE", help="the operator's checkpoint public key (PEM), to pin")
    args = parser.parse_args()
    try:
        if args.export == "-":  # two passes need a seekable file
            f = tempfile.TemporaryFile()
            shutil.copyfileobj(sys.stdin.buffer, f)
        else:
            f = open(args.export, "rb")
        with f:
            verify(f, args.public_key)
        return 0
    except OSError as e:
        print(f"ERROR: cannot read {args.export}: {e.strerror}")
        return 2
    except Malformed as e:
        print(f"ERROR: {e}")
        return 2
    except Broken as e:
        print(e)
        return 1


if __name__ == "__main__":
    sys.exit(main())
