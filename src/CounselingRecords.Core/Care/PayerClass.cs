namespace CounselingRecords.Care;

/// <summary>
/// The class of a client's coverage. Several rules turn on it: no missed-appointment fee for Medicaid (R4.6)
/// or dual-eligible clients, Medicare only under a universal policy (R4.5), no Good Faith Estimate owed to
/// Medicare or Medicaid beneficiaries (R3.1), balance billing limits (R6.8).
/// </summary>
public enum PayerClass
{
    /// <summary>No coverage, or coverage the client does not want billed for this service.</summary>
    SelfPay,

    /// <summary>Commercial (private) insurance.</summary>
    Commercial,

    /// <summary>Original Medicare (Part B).</summary>
    Medicare,

    /// <summary>Medicare Advantage (Part C).</summary>
    MedicareAdvantage,

    /// <summary>Medicaid, including Medicaid managed care.</summary>
    Medicaid,

    /// <summary>Both Medicare and Medicaid; treated as Medicaid for missed-appointment fees (R4.6).</summary>
    DualEligible,

    /// <summary>TRICARE or another federal program for service members and veterans.</summary>
    Tricare,

    /// <summary>Workers' compensation.</summary>
    WorkersCompensation,

    /// <summary>Any other third party (an employee assistance program, a grant).</summary>
    Other,
}
