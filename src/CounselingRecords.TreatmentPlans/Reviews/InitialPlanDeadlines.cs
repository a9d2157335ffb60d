using System.Collections.Immutable;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>
/// The initial treatment-plan deadlines that ship with the library (R7.13). Hosts add state and payer rules as
/// data; after the initial plan, <see cref="ReviewCadences"/> govern reviews (default every 90 days).
/// </summary>
public static class InitialPlanDeadlines
{
    /// <summary>Gets Montana outpatient: within 5 contacts or 21 days from first contact, whichever is later (ARM 37.106.1440).</summary>
    public static InitialPlanDeadlineRule MontanaOutpatient { get; } = new(
        "us-mt-outpatient",
        "Montana outpatient (ARM 37.106.1440)",
        "US-MT",
        InitialPlanAnchor.FirstContact,
        21,
        InitialPlanDayCounting.CalendarDays,
        5,
        "R7.13",
        "ARM 37.106.1440: initial plan for outpatient within 5 contacts or 21 days from first contact, whichever is later; https://rules.mt.gov/gateWay/Print_RV.Asp?RV=54341");

    /// <summary>Gets New York OMH clinics: within 30 calendar days of admission (14 NYCRR 599.10).</summary>
    public static InitialPlanDeadlineRule NewYorkOmhClinic { get; } = new(
        "us-ny-omh-clinic",
        "New York OMH clinic (14 NYCRR 599.10)",
        "US-NY",
        InitialPlanAnchor.Admission,
        30,
        InitialPlanDayCounting.CalendarDays,
        0,
        "R7.13",
        "14 NYCRR 599.10: initial plan within 30 calendar days of admission (Medicaid FFS); https://casetext.com/regulation/new-york-codes-rules-and-regulations/title-14-department-of-mental-hygiene/chapter-xiii-office-of-mental-health/part-599-clinic-treatment-programs/section-59910-treatment-planning");

    /// <summary>Gets Texas comprehensive provider agencies: within 10 business days of authorization (26 TAC 354.2609).</summary>
    public static InitialPlanDeadlineRule TexasComprehensiveProvider { get; } = new(
        "us-tx-comprehensive-provider",
        "Texas comprehensive provider agency (26 TAC 354.2609)",
        "US-TX",
        InitialPlanAnchor.Authorization,
        10,
        InitialPlanDayCounting.BusinessDays,
        0,
        "R7.13",
        "26 TAC 354.2609: plan within 10 business days of authorization; https://regulations.justia.com/states/texas/title-1/part-15/chapter-354/subchapter-m/division-1/section-354-2609");

    /// <summary>Gets every shipped rule.</summary>
    public static ImmutableArray<InitialPlanDeadlineRule> All { get; } = [MontanaOutpatient, NewYorkOmhClinic, TexasComprehensiveProvider];
}
