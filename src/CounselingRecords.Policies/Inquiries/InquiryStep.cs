using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>One step in an inquiry's history: when, by whom, the status after it and the step's name. Steps hold no content.</summary>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Status">The status after the step.</param>
/// <param name="Action">The step's name, for example <c>screened</c>.</param>
public sealed record InquiryStep(Instant At, UserId By, InquiryStatus Status, string Action);
