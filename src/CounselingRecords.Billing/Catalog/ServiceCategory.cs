namespace CounselingRecords.Billing.Catalog;

/// <summary>What a catalog service is, for pricing, claims and statements.</summary>
public enum ServiceCategory
{
    /// <summary>A clinical service billed per session (psychotherapy, evaluation, group).</summary>
    ClinicalSession,

    /// <summary>An add-on code billed only with its primary (+90785, +90833/+90836/+90838, +90840).</summary>
    AddOn,

    /// <summary>A clinical service billed in 15-minute units (R1.14).</summary>
    TimedUnits,

    /// <summary>A missed-appointment or late-cancellation fee: client-only, never on a claim (R4.4).</summary>
    MissedAppointmentFee,

    /// <summary>An administrative fee (records copies, letters): client-only, never on a claim.</summary>
    AdministrativeFee,
}
