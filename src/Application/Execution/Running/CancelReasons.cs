namespace Deepnote.Application.Execution.Running;

/// <summary>Why a run was cancelled, as recorded in <c>QueryCancelled.Reason</c> (a code: auditors filter on it), and
/// the sentence its owner reads.</summary>
public static class CancelReasons
{
    public const string ByOwner = "BY_OWNER";
    public const string AccessChanged = "ACCESS_CHANGED";
    public const string KeyDestroyed = "KEY_DESTROYED";
    public const string SignedOutOrRemoved = "SIGNED_OUT_OR_REMOVED";

    public static string Message(string? reason) => reason switch
    {
        AccessChanged => "The query was cancelled and its result dropped: your access to its project or connection changed.",
        KeyDestroyed => "The query was cancelled and its result dropped: the workspace key was destroyed.",
        SignedOutOrRemoved => "The query was cancelled: you signed out or left the workspace.",
        _ => "The query was cancelled.",
    };
}
