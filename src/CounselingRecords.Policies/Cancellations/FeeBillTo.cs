namespace CounselingRecords.Policies.Cancellations;

/// <summary>Who a cancellation fee is billed to. Never a payer: a missed-appointment fee is not a covered service and never goes on a claim (R4.4).</summary>
public enum FeeBillTo
{
    /// <summary>Nothing is billed.</summary>
    NotBilled,

    /// <summary>The client directly, never the payer, never on a claim (R4.4).</summary>
    ClientOnly,
}
