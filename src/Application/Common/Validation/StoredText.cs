namespace Deepnote.Application.Common.Validation;

/// <summary>Text PostgreSQL can store: no NUL character and no unpaired UTF-16 surrogate. Anything else is refused as
/// VALIDATION_FAILED at the edge, before it reaches a database that would fail the request as if it were down.</summary>
public static class StoredText
{
    public const string Message = "Contains a character that is not allowed (such as NUL).";

    public static bool IsStorable(string? text)
    {
        if (text is null) return true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return false;
            if (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[++i]))) return false;
            if (char.IsLowSurrogate(c)) return false;
        }

        return true;
    }

    /// <summary>The same text with every character PostgreSQL refuses replaced (to record what was tried).</summary>
    public static string Storable(string text) => IsStorable(text) ? text : new string(text.Select(c => c == '\0' || char.IsSurrogate(c) ? '\uFFFD' : c).ToArray());
}
