namespace CounselingRecords.Practice.Tasks;

/// <summary>What a practice task asks someone to do.</summary>
public enum PracticeTaskKind
{
    /// <summary>Write and sign the note of a completed session.</summary>
    CompleteDocumentation,

    /// <summary>Review a treatment plan whose review is due.</summary>
    ReviewTreatmentPlan,

    /// <summary>Acknowledge a complaint to the complainant.</summary>
    AcknowledgeComplaint,

    /// <summary>Investigate a complaint.</summary>
    InvestigateComplaint,

    /// <summary>Send the complaint's resolution to the complainant.</summary>
    RespondToComplaint,

    /// <summary>Respond to an inquiry from a prospective client.</summary>
    RespondToInquiry,

    /// <summary>Review a client for discharge or a prepayment requirement after repeated missed appointments.</summary>
    ReviewAttendance,

    /// <summary>Follow up a positive safety screen (for example PHQ-9 item 9, R8.2).</summary>
    SafetyFollowUp,
}
