using System.Numerics;
using Deepnote.Infrastructure.Execution.Workers;
using Deepnote.Worker.Results;

namespace Deepnote.UnitTests.Worker;

/// <summary>A result crosses from the worker to the API as Arrow and comes back as exactly the JSON-ready values the
/// engine made: numbers stay numbers (with their scale), wide integers become text only when they do not fit, and
/// nulls stay nulls, across batch boundaries.</summary>
public sealed class ArrowResultsTests
{
    [Fact]
    public async Task EveryKind_RoundTrips_WithNulls_AcrossBatches()
    {
        var columns = new List<ResultColumn>
        {
            new("flag", "bool", ResultValues.KindOf(typeof(bool))),
            new("n", "int4", ResultValues.KindOf(typeof(int))),
            new("x", "float8", ResultValues.KindOf(typeof(double))),
            new("amount", "numeric", ResultValues.KindOf(typeof(decimal))),
            new("huge", "HUGEINT", ResultValues.KindOf(typeof(Int128))),
            new("name", "text", ResultValues.KindOf(typeof(string))),
            new("anything", "unknown", ResultValues.KindOf(typeof(object))),
        };
        var rows = new List<object?[]>();
        for (var i = 0; i < ArrowResultWriter.BatchRows + 10; i++)
        {
            rows.Add(i % 7 == 0
                ? new object?[columns.Count]
                : [i % 2 == 0, (long)i, i % 5 == 0 ? "NaN" : i / 4.0, 1.50m + i, ResultValues.ToJson(i % 3 == 0 ? Int128.MaxValue : (Int128)i),
                    "name " + i, i % 2 == 0 ? 42L : "text"]);
        }

        using var stream = new MemoryStream();
        await ArrowResultWriter.WriteAsync(new ResultTable(columns, rows, false, 0), stream, default);
        var result = ArrowResultReader.Read(stream.ToArray());
        var read = new ArrowRows(result);

        Assert.Equal(columns, result.Columns);
        Assert.Equal(rows.Count, read.Count);
        for (var r = 0; r < rows.Count; r++) Assert.Equal(rows[r], read[r]);
        Assert.Equal("2.50", ((decimal)read[1][3]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Int128.MaxValue.ToString(), read[3][4]);
        Assert.IsType<long>(read[1][4]);
        // Budgets count the buffers really held: about the IPC payload, nothing like the boxed rows.
        Assert.InRange(read.MemoryBytes, stream.Length / 2, stream.Length);

        // Written straight from the columns, a page is the same JSON as the rows written value by value.
        foreach (var (offset, count) in new[] { (0, rows.Count), (ArrowResultWriter.BatchRows - 5, 20), (rows.Count - 3, 10), (rows.Count + 5, 10) })
        {
            Assert.Equal(Json(rows, offset, count), Json(read, offset, count));
        }
    }

    private static string Json(IReadOnlyList<object?[]> rows, int offset, int count)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            Deepnote.Application.Execution.Running.ResultCodec.WriteRows(json, rows, offset, count);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void KindOf_SendsIntegersThatMayNotFitAsWideIntegers()
    {
        Assert.Equal(ColumnKind.WideInteger, ResultValues.KindOf(typeof(ulong)));
        Assert.Equal(ColumnKind.WideInteger, ResultValues.KindOf(typeof(BigInteger)));
        Assert.Equal(ColumnKind.Integer, ResultValues.KindOf(typeof(uint)));
        Assert.Equal(ColumnKind.Text, ResultValues.KindOf(typeof(DateTime)));
    }
}
