using System.Collections.Immutable;
using NodaTime;

namespace CounselingRecords.Records.Retention;

/// <summary>
/// Retention presets from R7.11, as data. The APA default applies where no law does; the state presets are examples
/// of state law (the California and Arizona rows come from a secondary source and need legal verification, rules.md §9).
/// </summary>
public static class RetentionPresets
{
    /// <summary>Gets the APA Record Keeping Guidelines (2007): 7 years after the last service, or 3 years after a minor reaches majority, whichever is later.</summary>
    public static RetentionPolicy Apa { get; } = new(
        "APA Record Keeping Guidelines",
        18,
        [
            new("apa.after-last-service", "7 years after the last date of service", "APA Record Keeping Guidelines (2007), R7.11", RetentionAnchor.LastServiceDate, Period.FromYears(7), false),
            new("apa.after-majority", "3 years after a minor reaches the age of majority", "APA Record Keeping Guidelines (2007), R7.11", RetentionAnchor.MajorityDate, Period.FromYears(3), true),
        ]);

    /// <summary>Gets Texas LPC (22 TAC 681): 7 years from termination, or 5 years after the client reaches majority, whichever is greater.</summary>
    public static RetentionPolicy TexasLpc { get; } = new(
        "Texas LPC (22 TAC 681)",
        18,
        [
            new("tx-lpc.after-termination", "7 years from termination of services", "22 TAC 681, R7.11", RetentionAnchor.LastServiceDate, Period.FromYears(7), false),
            new("tx-lpc.after-majority", "5 years after the client reaches the age of majority", "22 TAC 681, R7.11", RetentionAnchor.MajorityDate, Period.FromYears(5), true),
        ]);

    /// <summary>Gets California LPCC (BPC §4999.75): adults 7 years from termination; minors 7 years after age 18.</summary>
    public static RetentionPolicy CaliforniaLpcc { get; } = new(
        "California LPCC (BPC 4999.75)",
        18,
        [
            new("ca-lpcc.after-termination", "7 years from termination of services", "BPC 4999.75, R7.11 (secondary source)", RetentionAnchor.LastServiceDate, Period.FromYears(7), false),
            new("ca-lpcc.after-age-18", "For a minor, 7 years after the client turns 18", "BPC 4999.75, R7.11 (secondary source)", RetentionAnchor.MajorityDate, Period.FromYears(7), true),
        ]);

    /// <summary>Gets Arizona (ARS §12-2297): adults 6 years after the last service; minors 3 years after age 18 or 6 years after the last service, whichever is later.</summary>
    public static RetentionPolicy Arizona { get; } = new(
        "Arizona (ARS 12-2297)",
        18,
        [
            new("az.after-last-service", "6 years after the last date of service", "ARS 12-2297, R7.11 (secondary source)", RetentionAnchor.LastServiceDate, Period.FromYears(6), false),
            new("az.after-age-18", "For a minor, 3 years after the client turns 18", "ARS 12-2297, R7.11 (secondary source)", RetentionAnchor.MajorityDate, Period.FromYears(3), true),
        ]);

    /// <summary>
    /// Gets the Medicare Advantage overlay (42 CFR 422.504(d)(2)(iii)): 10 years from the end of the contract year,
    /// taken as the calendar year of the last service. Combine it with a state preset for Medicare Advantage clients.
    /// </summary>
    public static RetentionPolicy MedicareAdvantageOverlay { get; } = new(
        "Medicare Advantage overlay",
        18,
        [
            new("medicare-advantage.after-contract-year", "10 years from the end of the contract year of the last service", "42 CFR 422.504(d)(2)(iii), R7.11", RetentionAnchor.EndOfLastServiceYear, Period.FromYears(10), false),
        ]);

    /// <summary>Gets every preset.</summary>
    public static ImmutableArray<RetentionPolicy> All { get; } = [Apa, TexasLpc, CaliforniaLpcc, Arizona, MedicareAdvantageOverlay];
}
