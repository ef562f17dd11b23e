namespace Deepnote.Worker.Engines;

/// <summary>What a worker's DuckDB may use and what an input file may declare (set by the API per worker).</summary>
public sealed record InputLimits(int MemoryMegabytes, int TempMegabytes, long MaxParquetRows, long MaxParquetCells,
    long MaxUncompressedBytes, int MaxCompressionRatio, long MaxRowGroups)
{
    public static InputLimits Default { get; } = new(512, 1024, 20_000_000, 200_000_000, 1L << 30, 50, 10_000);

    /// <summary>Why a Parquet file of this declared shape is refused, or null.</summary>
    public string? ParquetRefusal(long fileBytes, long rowGroups, long uncompressed, long compressed, long rows, long columns)
    {
        if (rowGroups > MaxRowGroups) return $"it declares {rowGroups} row groups (at most {MaxRowGroups}).";
        if (rows > MaxParquetRows) return $"it declares {rows} rows (at most {MaxParquetRows}).";
        if (rows * Math.Max(columns, 1) > MaxParquetCells) return $"it declares {rows * columns} values (at most {MaxParquetCells}).";
        if (uncompressed > MaxUncompressedBytes) return $"it declares {uncompressed} bytes uncompressed (at most {MaxUncompressedBytes}).";
        var smallest = Math.Max(Math.Max(compressed, fileBytes), 1);
        if (uncompressed / smallest > MaxCompressionRatio && uncompressed > 16 << 20)
        {
            return $"it is compressed {uncompressed / smallest}:1 (at most {MaxCompressionRatio}:1).";
        }

        return null;
    }
}
