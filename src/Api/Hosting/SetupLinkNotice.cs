using System.Text;

namespace Deepnote.Api.Hosting;

/// <summary>The one-time set-up link as the operator's terminal shows it: in a box, printed once the server listens,
/// so that it comes after the start's log lines instead of among them. The link stands alone on its line with spaces
/// around it, so that a terminal's link detection and a copy take it whole.</summary>
public static class SetupLinkNotice
{
    public static string Box(string link)
    {
        string[] lines =
        [
            "Deepnote is ready. No user exists yet: open this one-time link",
            "within 24 hours to create the first admin and the workspace Default.",
            "",
            link,
        ];
        var width = lines.Max(line => line.Length);
        var box = new StringBuilder().AppendLine();
        box.Append('╔').Append('═', width + 4).Append('╗').AppendLine();
        foreach (var line in lines) box.Append("║  ").Append(line.PadRight(width)).Append("  ║").AppendLine();
        box.Append('╚').Append('═', width + 4).Append('╝').AppendLine();
        return box.AppendLine().ToString();
    }
}
