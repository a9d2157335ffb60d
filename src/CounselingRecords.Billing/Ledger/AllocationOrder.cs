namespace CounselingRecords.Billing.Ledger;

/// <summary>The order in which undesignated client payments reach open lines (R6.1: oldest first).</summary>
public enum AllocationOrder
{
    /// <summary>Oldest patient-responsibility date first (NextGen's recommendation): the date of service for client-billed lines, the ERA posting date for amounts a payer made patient responsibility.</summary>
    OldestResponsibilityDateFirst,

    /// <summary>Oldest date of service first.</summary>
    OldestDateOfServiceFirst,
}
