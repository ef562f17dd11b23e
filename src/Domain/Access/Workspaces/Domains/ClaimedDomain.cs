namespace Deepnote.Domain.Access.Workspaces.Domains;

public sealed record ClaimedDomain(string Domain, string VerificationToken, bool Verified)
{
    public const string TxtPrefix = "deepnote-verification=";

    /// <summary>The TXT record value that proves the claim.</summary>
    public string TxtRecordValue => TxtPrefix + VerificationToken;

    /// <summary>Where the record is looked up first; the bare domain is accepted too.</summary>
    public string TxtRecordName => "_deepnote." + Domain;
}
