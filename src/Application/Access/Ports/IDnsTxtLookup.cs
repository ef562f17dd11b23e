namespace Deepnote.Application.Access.Ports;

/// <summary>TXT records of a name, asked of the configured resolver now (no cache). Throws
/// <see cref="Common.DependencyUnavailableException"/> when the resolver does not answer.</summary>
public interface IDnsTxtLookup
{
    Task<IReadOnlyList<string>> TxtAsync(string name, CancellationToken ct);
}
