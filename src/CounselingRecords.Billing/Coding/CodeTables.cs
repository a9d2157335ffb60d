using System.Collections.Immutable;

namespace CounselingRecords.Billing.Coding;

/// <summary>
/// The code-selection tables as data. The psychotherapy bands are a table, not a "half of typical time"
/// function: the 16-minute floor is the midpoint of 30 minutes, but the 38- and 53-minute cut-offs come from
/// choosing the code whose typical time is closest (R1.2).
/// </summary>
public static class CodeTables
{
    /// <summary>Gets the individual psychotherapy bands without E/M: 16–37 → 90832, 38–52 → 90834, ≥53 → 90837 (R1.1).</summary>
    public static ImmutableArray<TimeBand> IndividualPsychotherapy { get; } =
    [
        new(16, 37, ProcedureCodes.Psychotherapy30),
        new(38, 52, ProcedureCodes.Psychotherapy45),
        new(53, null, ProcedureCodes.Psychotherapy60),
    ];

    /// <summary>Gets the add-on psychotherapy bands with an E/M: 16–37 → +90833, 38–52 → +90836, ≥53 → +90838 (R1.6).</summary>
    public static ImmutableArray<TimeBand> PsychotherapyWithEvaluationAndManagement { get; } =
    [
        new(16, 37, ProcedureCodes.PsychotherapyAddOn30),
        new(38, 52, ProcedureCodes.PsychotherapyAddOn45),
        new(53, null, ProcedureCodes.PsychotherapyAddOn60),
    ];

    /// <summary>Gets the first crisis minute that 90839 covers (R1.9).</summary>
    public static int CrisisMinimumMinutes => 30;

    /// <summary>Gets the last crisis minute that 90839 alone covers; beyond it each 30-minute block adds +90840 (R1.9).</summary>
    public static int CrisisFirstCodeMaximumMinutes => 74;

    /// <summary>Gets the length of one +90840 block in minutes (R1.9).</summary>
    public static int CrisisAdditionalBlockMinutes => 30;

    /// <summary>Gets the minimum minutes for family psychotherapy 90846/90847: more than half of 50 minutes (R1.12).</summary>
    public static int FamilyMinimumMinutes => 26;

    /// <summary>Gets the default maximum number of group participants, from NGS LCD L33632 (R1.13); payers may configure another.</summary>
    public static int DefaultMaximumGroupParticipants => 12;

    /// <summary>
    /// Returns the number of +90840 units for the total crisis minutes of a date: 0 up to 74 minutes, then one
    /// per 30-minute block beyond 74 (75–104 → 1, 105–134 → 2, 135–164 → 3, …; R1.9).
    /// </summary>
    /// <param name="crisisMinutes">The total crisis minutes on the date (they may be non-continuous).</param>
    /// <returns>The +90840 units.</returns>
    public static int CrisisAdditionalUnits(int crisisMinutes) =>
        crisisMinutes <= CrisisFirstCodeMaximumMinutes ? 0 : ((crisisMinutes - CrisisFirstCodeMaximumMinutes - 1) / CrisisAdditionalBlockMinutes) + 1;

    /// <summary>Finds the band that contains <paramref name="minutes"/>.</summary>
    /// <param name="bands">The table.</param>
    /// <param name="minutes">The minutes.</param>
    /// <param name="band">The band, when found.</param>
    /// <returns><see langword="true"/> when a band contains the minutes.</returns>
    public static bool TryFindBand(ImmutableArray<TimeBand> bands, int minutes, out TimeBand band)
    {
        foreach (var candidate in bands)
        {
            if (candidate.Contains(minutes))
            {
                band = candidate;
                return true;
            }
        }

        band = default;
        return false;
    }
}
