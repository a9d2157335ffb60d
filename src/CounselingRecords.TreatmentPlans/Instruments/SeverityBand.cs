namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>A range of totals with a severity label, for example PHQ-9 10–14 "moderate" (R8.1).</summary>
public sealed record SeverityBand
{
    /// <summary>Initializes a new instance of the <see cref="SeverityBand"/> class.</summary>
    /// <param name="code">A stable code, for example <c>moderate</c>.</param>
    /// <param name="label">A label for people, for example <c>Moderate</c>.</param>
    /// <param name="minimum">The lowest total in the band (inclusive).</param>
    /// <param name="maximum">The highest total in the band (inclusive).</param>
    public SeverityBand(string code, string label, int minimum, int maximum)
    {
        Code = Internal.Required(code, nameof(code));
        Label = Internal.Required(label, nameof(label));
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the label for people.</summary>
    public string Label { get; }

    /// <summary>Gets the lowest total in the band (inclusive).</summary>
    public int Minimum { get; }

    /// <summary>Gets the highest total in the band (inclusive).</summary>
    public int Maximum { get; }

    /// <summary>Returns whether the band holds <paramref name="total"/>.</summary>
    /// <param name="total">The total.</param>
    /// <returns><see langword="true"/> when <see cref="Minimum"/> ≤ total ≤ <see cref="Maximum"/>.</returns>
    public bool Contains(int total) => total >= Minimum && total <= Maximum;

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"{Code} ({Minimum}-{Maximum})");
}
