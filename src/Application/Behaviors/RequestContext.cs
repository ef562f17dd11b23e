namespace Deepnote.Application.Behaviors;

/// <summary>Per-scope state of the pipeline: how deeply requests are nested (a handler sending a module's
/// contract is nested), so that <c>Internal</c> requests are refused at the top level.</summary>
public sealed class RequestContext
{
    public int Depth { get; internal set; }

    /// <summary>The workspace the top-level request acts in, once authorization has found it (else null).</summary>
    public Guid? Workspace { get; internal set; }
}
