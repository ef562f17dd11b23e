using System.Text.Json;

namespace Deepnote.Application.Abstractions;

/// <summary>Rows that write themselves as JSON without boxing each value (a result kept in columnar form); the
/// output is the same as writing each row's values one by one.</summary>
public interface IJsonRows
{
    /// <summary>Rows <paramref name="offset"/>.. (at most <paramref name="count"/>) as a JSON array of arrays.</summary>
    void WriteRows(Utf8JsonWriter json, int offset, int count);
}
