namespace Deepnote.Worker.Results;

/// <summary>How a result column travels in Arrow, decided from the driver's field type so every batch has one schema.
/// Each kind gives back exactly the JSON-ready value <see cref="ResultValues.ToJson"/> made of it.</summary>
public enum ColumnKind
{
    Boolean,
    Integer,
    Double,

    /// <summary>A decimal, as its invariant text (keeps its scale).</summary>
    Decimal,

    /// <summary>An integer that may not fit 64 bits (HUGEINT, UBIGINT, numeric as BigInteger): a number when it fits,
    /// else its text, as text.</summary>
    WideInteger,

    Text,

    /// <summary>A driver value of no fixed type: its JSON.</summary>
    Any,
}
