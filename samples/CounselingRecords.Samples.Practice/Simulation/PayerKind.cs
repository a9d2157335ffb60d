namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>How a simulated client pays.</summary>
internal enum PayerKind
{
    /// <summary>Pays the full fee.</summary>
    SelfPay,

    /// <summary>Self-pay with a sliding-fee discount (R5.1) and a Good Faith Estimate (R3.1).</summary>
    SlidingScale,

    /// <summary>A commercial plan with a copay: claims and ERAs.</summary>
    Commercial,

    /// <summary>Medicaid: claims, no copay, never a missed-appointment fee (R4.6).</summary>
    Medicaid,
}
