using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Policies.Complaints;

/// <summary>One step in a complaint's history: when, by whom, and the status it led to. Steps hold no content.</summary>
/// <param name="At">When.</param>
/// <param name="By">The user who took the step.</param>
/// <param name="Status">The status after the step.</param>
/// <param name="Action">The step's name, for example <c>acknowledged</c>.</param>
public sealed record ComplaintStep(Instant At, UserId By, ComplaintStatus Status, string Action);
