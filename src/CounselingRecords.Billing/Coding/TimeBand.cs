namespace CounselingRecords.Billing.Coding;

/// <summary>One row of a time-band table: minutes from <see cref="MinimumMinutes"/> to <see cref="MaximumMinutes"/> (both inclusive) report <see cref="Code"/>.</summary>
/// <param name="MinimumMinutes">The first minute of the band.</param>
/// <param name="MaximumMinutes">The last minute of the band, or <see langword="null"/> for an open upper end.</param>
/// <param name="Code">The CPT code the band reports.</param>
public readonly record struct TimeBand(int MinimumMinutes, int? MaximumMinutes, string Code)
{
    /// <summary>Returns whether <paramref name="minutes"/> falls in the band.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns><see langword="true"/> when the band contains the minutes.</returns>
    public bool Contains(int minutes) => minutes >= MinimumMinutes && (MaximumMinutes is not { } max || minutes <= max);

    /// <summary>Formats the band, for example <c>38–52 min → 90834</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => MaximumMinutes is { } max
        ? $"{MinimumMinutes}–{max} min → {Code}"
        : $"≥{MinimumMinutes} min → {Code}";
}
