namespace Deepnote.Domain.SharedKernel;

public static class EmailAddress
{
    private static readonly System.Globalization.IdnMapping Idn = new();

    /// <summary>Addresses compare case-insensitively and without surrounding spaces, with an international domain in
    /// its ASCII form (so <c>bücher.de</c> is the <c>xn--bcher-kva.de</c> a workspace verifies).</summary>
    public static string Normalize(string email)
    {
        var trimmed = email.Trim().ToLowerInvariant();
        var at = trimmed.LastIndexOf('@');
        if (at < 0 || trimmed[(at + 1)..].All(char.IsAscii)) return trimmed;
        try
        {
            return trimmed[..(at + 1)] + Idn.GetAscii(trimmed[(at + 1)..]);
        }
        catch (ArgumentException)
        {
            return trimmed;
        }
    }

    public static bool IsValid(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && email.Length <= 254
            && !email.Any(char.IsWhiteSpace);
    }
}
