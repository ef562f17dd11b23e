using System.Globalization;

namespace Deepnote.Domain.Access.Workspaces.Domains;

/// <summary>An e-mail domain as a workspace may claim it: lower case, ASCII (IDN as punycode), at least two labels.</summary>
public static class DomainName
{
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    public static bool TryNormalize(string? value, out string domain)
    {
        domain = "";
        var trimmed = value?.Trim().TrimEnd('.').ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 253 || trimmed.Contains('@')) return false;
        try
        {
            domain = Idn.GetAscii(trimmed);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(l => l.Length is > 0 and <= 63) && !labels[^1].All(char.IsDigit);
    }

    public static string Normalize(string value) =>
        TryNormalize(value, out var domain) ? domain : throw new DomainNameException(value);

    /// <summary>The domain part of a normalized e-mail address.</summary>
    public static string OfEmail(string email) => email[(email.LastIndexOf('@') + 1)..];
}
