namespace CounselingRecords.Billing.Ledger;

/// <summary>What a client payment or credit application is designated for (R6.1).</summary>
public enum DesignationKind
{
    /// <summary>Not designated: oldest open client-responsibility line first.</summary>
    Undesignated,

    /// <summary>Specific charges, in the order given.</summary>
    Charges,

    /// <summary>The charges of one date of service.</summary>
    DateOfService,

    /// <summary>A copay collected at the point of service: goes to that date of service, also to its charge posted later.</summary>
    PointOfServiceCopay,
}
