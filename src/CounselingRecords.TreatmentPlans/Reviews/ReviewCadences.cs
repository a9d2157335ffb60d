using System.Collections.Immutable;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>The review cadences that ship with the library (R7.13). Hosts add payer and state profiles as data.</summary>
public static class ReviewCadences
{
    /// <summary>Gets the default: review every 90 days and on material change (R7.13 default suggestion).</summary>
    public static ReviewCadence Default { get; } = new(
        "default-90",
        "Default (every 90 days and on material change)",
        90,
        reviewOnMaterialChange: true,
        null,
        "R7.13",
        "R7.13 default suggestion: no single federal interval; Medicare requires periodic updates (R7.5).");

    /// <summary>Gets Montana outpatient: review at least every 90 days (ARM 37.106.1440), and on material change.</summary>
    public static ReviewCadence MontanaOutpatient { get; } = new(
        "us-mt-outpatient",
        "Montana outpatient (ARM 37.106.1440)",
        90,
        reviewOnMaterialChange: true,
        "US-MT",
        "R7.13",
        "ARM 37.106.1440: reviews every 30 days (ASAM 3.1) up to every 90 days (outpatient level); https://rules.mt.gov/gateWay/Print_RV.Asp?RV=54341");

    /// <summary>Gets Montana ASAM level 3.1: review every 30 days (ARM 37.106.1440), and on material change.</summary>
    public static ReviewCadence MontanaAsamLevel31 { get; } = new(
        "us-mt-asam-3.1",
        "Montana ASAM level 3.1 (ARM 37.106.1440)",
        30,
        reviewOnMaterialChange: true,
        "US-MT",
        "R7.13",
        "ARM 37.106.1440: reviews every 30 days (ASAM 3.1); https://rules.mt.gov/gateWay/Print_RV.Asp?RV=54341");

    /// <summary>Gets the Montana institutional continued-need determination every 90 days (ARM 37.88).</summary>
    public static ReviewCadence MontanaInstitutionalContinuedNeed { get; } = new(
        "us-mt-institutional",
        "Montana institutions, continued-need determination (ARM 37.88)",
        90,
        reviewOnMaterialChange: true,
        "US-MT",
        "R7.13",
        "ARM 37.88: continued-need determination every 90 days; https://rules.mt.gov/gateWay/Print_RV.Asp?RV=8834");

    /// <summary>Gets every shipped cadence.</summary>
    public static ImmutableArray<ReviewCadence> All { get; } = [Default, MontanaOutpatient, MontanaAsamLevel31, MontanaInstitutionalContinuedNeed];
}
