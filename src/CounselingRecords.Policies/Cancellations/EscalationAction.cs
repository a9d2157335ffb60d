namespace CounselingRecords.Policies.Cancellations;

/// <summary>What a practice does after repeated late cancellations or no-shows.</summary>
public enum EscalationAction
{
    /// <summary>Require a card on file before further booking.</summary>
    RequireCardOnFile,

    /// <summary>Require prepayment of future sessions.</summary>
    RequirePrepayment,

    /// <summary>Stop the client booking online; the office books.</summary>
    BlockOnlineBooking,

    /// <summary>Have the clinician review whether to continue or discharge with referrals.</summary>
    ReviewForDischarge,
}
