namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>
/// Where a client stands on an instrument-measured objective (R8.8). Values are ordered from worst to best, so
/// <c>a &gt;= ProgressClassification.Response</c> reads "at least a response". They are evaluated in the order
/// deterioration → remission → response → reliable improvement → no change; the safety flag is kept apart.
/// </summary>
public enum ProgressClassification
{
    /// <summary>The score rose by at least the reliable-change threshold.</summary>
    ReliablyDeteriorated = 0,

    /// <summary>No reliable change either way (and no remission or response).</summary>
    NoReliableChange = 1,

    /// <summary>The score fell by at least the reliable-change threshold.</summary>
    ReliablyImproved = 2,

    /// <summary>The score fell by at least the response percentage of the baseline (R8.5: 50 %).</summary>
    Response = 3,

    /// <summary>The score is below the remission threshold (R8.5: PHQ-9 &lt; 5; R8.6: below caseness).</summary>
    Remitted = 4,
}
