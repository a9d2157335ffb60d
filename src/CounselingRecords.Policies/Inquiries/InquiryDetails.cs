using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>
/// An inquiry as received, holding only the minimum necessary: how it came, how to reach the prospect, the kind
/// of service asked for, a short reason in their words (at most 500 characters), the referral source, the
/// coverage they mentioned and the clinician they asked for. No dates of birth, diagnoses or histories.
/// </summary>
/// <param name="Channel">How it arrived.</param>
/// <param name="Contact">How to reach the prospect.</param>
/// <param name="Service">The kind of service asked for.</param>
/// <param name="Reason">A short reason, if given.</param>
/// <param name="ReferralSource">Who referred them, if anyone (a directory, a physician, a friend).</param>
/// <param name="StatedCoverage">The coverage they mentioned, if any.</param>
/// <param name="RequestedClinician">The clinician they asked for, if any.</param>
[ProtectedHealthInformation]
public sealed record InquiryDetails(
    InquiryChannel Channel,
    ProspectContact Contact,
    RequestedService Service,
    string? Reason = null,
    string? ReferralSource = null,
    PayerClass? StatedCoverage = null,
    ClinicianId? RequestedClinician = null)
{
    /// <inheritdoc />
    public override string ToString() => $"InquiryDetails ({Channel}, {Service})";
}
