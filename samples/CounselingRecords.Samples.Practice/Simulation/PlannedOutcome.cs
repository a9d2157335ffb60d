namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>What will happen to a booked appointment, drawn from the seed when it is booked.</summary>
internal enum PlannedOutcome
{
    /// <summary>The client comes; the session is completed, documented, signed and billed.</summary>
    Attend,

    /// <summary>The client cancels two days ahead (within the policy, no fee).</summary>
    CancelOnTime,

    /// <summary>The client cancels a few hours ahead (late, R4.2; the first in six months is forgiven).</summary>
    CancelLate,

    /// <summary>The client does not come and does not call.</summary>
    NoShow,
}
