namespace CounselingRecords.Policies.Complaints;

/// <summary>The deadlines of a complaint.</summary>
public enum ComplaintDeadlineKind
{
    /// <summary>Acknowledge receipt to the complainant.</summary>
    Acknowledgement,

    /// <summary>Resolve: record a finding.</summary>
    Resolution,

    /// <summary>Send the response with the outcome.</summary>
    Response,
}
