namespace CounselingRecords.TreatmentPlans.Signatures;

/// <summary>Where a version stands with the client.</summary>
public enum ClientAcknowledgment
{
    /// <summary>Neither signed nor refused yet.</summary>
    Pending,

    /// <summary>The client or representative signed.</summary>
    Acknowledged,

    /// <summary>The client or representative refused; the refusal is documented.</summary>
    Refused,
}
