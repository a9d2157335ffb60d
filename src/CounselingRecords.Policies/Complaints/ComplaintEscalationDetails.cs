namespace CounselingRecords.Policies.Complaints;

/// <summary>An escalation to an external body: which body, its name, and the reference it gave, if any.</summary>
/// <param name="Body">The kind of body.</param>
/// <param name="BodyName">Its name, for example <c>State Board of Behavioral Health</c>.</param>
/// <param name="Reference">Its case reference, if any.</param>
public sealed record ComplaintEscalationDetails(ExternalBody Body, string BodyName, string? Reference = null);
