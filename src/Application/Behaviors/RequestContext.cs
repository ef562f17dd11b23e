namespace Deepnote.Application.Behaviors;

/// <summary>Per-request state of the pipeline: how deeply requests are nested (a handler sending a module's
/// contract is nested), so that <c>Internal</c> requests are refused at the top level. Held per asynchronous flow, so
/// that the fields of one GraphQL query, resolved in parallel in one scope, never see each other's nesting.</summary>
public sealed class RequestContext
{
    private readonly AsyncLocal<State> _state = new();

    public int Depth
    {
        get => Current.Depth;
        internal set => _state.Value = Current with { Depth = value };
    }

    /// <summary>The workspace the top-level request acts in, once authorization has found it (else null).</summary>
    public Guid? Workspace
    {
        get => Current.Workspace;
        internal set => _state.Value = Current with { Workspace = value };
    }

    /// <summary>The name of the top-level request, once authorised (what a denial found later is recorded under).</summary>
    public string? Operation
    {
        get => Current.Operation;
        internal set => _state.Value = Current with { Operation = value };
    }

    private State Current => _state.Value ?? State.Empty;

    private sealed record State(int Depth, Guid? Workspace, string? Operation)
    {
        public static State Empty { get; } = new(0, null, null);
    }
}
