namespace Deepnote.Domain.SharedKernel;

public static class EmailAddress
{
    /// <summary>Addresses compare case-insensitively and without surrounding spaces.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static bool IsValid(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && email.Length <= 254
            && !email.Any(char.IsWhiteSpace);
    }
}
