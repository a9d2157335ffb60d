namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>How an <see cref="InstrumentChangeRule"/> decides that a change is reliable.</summary>
public enum ReliableChangeMethod
{
    /// <summary>A fixed number of points, for example the PHQ-9 MCID of 5 (R8.5) or the Talking Therapies 6 (R8.6).</summary>
    FixedPoints,

    /// <summary>The Jacobson–Truax reliable change index with |RCI| &gt; the critical z (R8.7).</summary>
    ReliableChangeIndex,
}
