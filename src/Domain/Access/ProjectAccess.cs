namespace Deepnote.Domain.Access;

/// <summary>Levels of access to a project, each including the ones before it.</summary>
public enum ProjectAccess
{
    None = 0,
    /// <summary>Uses the project's published app only.</summary>
    AppUser = 1,
    View = 2,
    /// <summary>Runs saved blocks; never edits SQL.</summary>
    Execute = 3,
    Edit = 4,
    /// <summary>Edits, shares and deletes.</summary>
    FullAccess = 5,
}
