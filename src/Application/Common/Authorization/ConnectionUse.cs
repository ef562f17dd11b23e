namespace Deepnote.Application.Common.Authorization;

public enum ConnectionUse
{
    /// <summary>Manage it (credentials, grants, test): ADMIN of its workspace.</summary>
    Manage,

    /// <summary>See its details: ADMIN, or a member holding a grant.</summary>
    View,

    /// <summary>Run something on it: a member holding a grant, whatever their role (admins grant themselves).</summary>
    Use,
}
