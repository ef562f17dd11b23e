namespace Deepnote.Application.Access.Contracts;

public sealed record WorkspaceDomainDto(string Domain, bool Verified, string TxtRecordName, string TxtRecordValue,
    DateTimeOffset ClaimedAt, DateTimeOffset? VerifiedAt);
