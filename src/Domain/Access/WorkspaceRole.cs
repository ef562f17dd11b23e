namespace Deepnote.Domain.Access;

public enum WorkspaceRole
{
    Admin,
    Editor,
    Viewer,
    /// <summary>Read-only access to the audit log, nothing else.</summary>
    Auditor,
}
